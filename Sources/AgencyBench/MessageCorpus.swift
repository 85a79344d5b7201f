/// Sentences of realistic seller messages in five languages, compliant and not, to build bodies from.
enum MessageCorpus {
    static let languages = ["en", "de", "fr", "es", "it"]

    static let neutral: [String: [String]] = [
        "en": ["Thank you for your order {{order_id}}.", "We hope your {{product_name}} arrived safely.",
               "If you have a moment, please share your honest opinion about your purchase on Amazon.",
               "The user manual is attached as a PDF for your convenience.",
               "To keep the coating in good shape, wash the pan by hand and dry it straight away.",
               "Your warranty covers manufacturing defects for two years from the delivery date.",
               "Please confirm a delivery slot for your sofa so the carrier can call ahead.",
               "Measurements: 30 x 40 cm, weight 2.5 kg, model 1200-500."],
        "de": ["Vielen Dank für Ihre Bestellung {{order_id}}.", "Wir hoffen, Ihr {{product_name}} ist gut angekommen.",
               "Wenn Sie einen Moment Zeit haben, teilen Sie bitte Ihre ehrliche Meinung auf Amazon.",
               "Die Bedienungsanleitung finden Sie im Anhang.", "Bitte reinigen Sie die Pfanne nur von Hand."],
        "fr": ["Merci pour votre commande {{order_id}}.", "Nous espérons que votre {{product_name}} est bien arrivé.",
               "Si vous avez un moment, partagez votre avis honnête sur Amazon.",
               "Le mode d'emploi est joint à ce message.", "Lavez la poêle à la main et séchez-la aussitôt."],
        "es": ["Gracias por su pedido {{order_id}}.", "Esperamos que su {{product_name}} haya llegado bien.",
               "Si tiene un momento, comparta su opinión sincera en Amazon.",
               "Adjuntamos el manual de instrucciones.", "Lave la sartén a mano y séquela enseguida."],
        "it": ["Grazie per il suo ordine {{order_id}}.", "Speriamo che il suo {{product_name}} sia arrivato bene.",
               "Se ha un momento, condivida la sua opinione sincera su Amazon.",
               "In allegato trova il manuale di istruzioni.", "Lavi la padella a mano e la asciughi subito."],
    ]

    static let violations: [String: [String]] = [
        "en": ["If you love it, leave us a 5-star review; if not, contact us first.", "Use code SAVE10 for 10% off your next order.",
               "Visit our website www.example-brand.com for new arrivals.", "Call us on (202) 555-0147 or write to help@example.com.",
               "Review us and get a $10 gift card!", "Click here to unsubscribe.", "Follow us on Instagram for giveaways."],
        "de": ["Über eine positive Bewertung mit 5 Sternen freuen wir uns sehr.", "Mit dem Gutscheincode SPAR10 erhalten Sie 10% Rabatt.",
               "Besuchen Sie unseren Shop für weitere Produkte.", "Hier können Sie sich abmelden."],
        "fr": ["Laissez-nous un avis 5 étoiles !", "Utilisez le code promo MERCI10 pour une réduction.",
               "Suivez-nous sur Instagram.", "Cliquez ici pour vous désabonner."],
        "es": ["Déjenos una reseña de 5 estrellas.", "Use el código de descuento GRACIAS10.",
               "Síguenos en Instagram.", "Haga clic aquí para darse de baja."],
        "it": ["Lasci una recensione a 5 stelle!", "Usi il codice sconto GRAZIE10.", "Seguici su Instagram.",
               "Clicchi qui per disiscriversi."],
    ]

    /// One block of an HTML body, shaped as mail tools write them: paragraphs with and without
    /// attributes, bold words, line breaks, the odd Amazon link, list or table row, and entities.
    static func htmlBlock(_ sentence: String, random: inout SeededRandom) -> String {
        var text = sentence.replacingOccurrences(of: "&", with: "&amp;")
        if random.chance(20), let space = text.firstIndex(of: " ") {
            text = "<b>" + text[..<space] + "</b>" + text[space...]
        }
        if random.chance(10) { text += " <a href=\"https://www.amazon.com/gp/css/order-history\">Your orders</a>" }
        if random.chance(10) { text += "<br>\n&nbsp;" }
        switch random.next() % 10 {
        case 0: return "<ul><li>\(text)</li></ul>\n"
        case 1: return "<table><tr><td>\(text)</td></tr></table>\n"
        case 2, 3: return "<p class=\"body\">\(text)</p>\n"
        case 4: return "<div>\(text)</div>\n"
        default: return "<p>\(text)</p>\n"
        }
    }

    /// A template file: front matter and a body of about `targetBytes`, plain or HTML, sometimes with a violation.
    static func template(language: String, html: Bool, targetBytes: Int, random: inout SeededRandom) -> String {
        let sentences = neutral[language] ?? neutral["en", default: []]
        var body = ""
        while body.utf8.count < targetBytes {
            var sentence = random.pick(sentences)
            if random.chance(3), let bad = violations[language] { sentence = random.pick(bad) }
            body += html ? htmlBlock(sentence, random: &random) : sentence + (random.chance(30) ? "\n\n" : " ")
        }
        let type = random.pick(["review-request", "product-instructions", "warranty-info", "delivery-followup"])
        let head = "<head><meta charset=\"utf-8\"><title>Order {{order_id}}</title></head>"
        let wrapped = html ? "<!DOCTYPE html>\n<html lang=\"\(language)\">\(head)\n<body>\n<div class=\"message\">\n\(body)</div>\n</body></html>\n" : body + "\n"
        return "---\nsubject: \"Order {{order_id}}\"\ntype: \(type)\nformat: \(html ? "html" : "text")\nlanguage: \(language)\n---\n" + wrapped
    }
}

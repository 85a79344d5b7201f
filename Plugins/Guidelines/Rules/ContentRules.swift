import AgencyPluginAPI

/// Descriptors of the phrase rules `marketing`, `coupon`, `opt-out-link`, `sensitive-content` and `redundant-message`.
enum ContentRules {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "marketing", name: "Marketing",
            summary: "Promotion: other products, upsell and cross-sell, new arrivals, visit our store, social media, newsletters, catalogues, brand advertising.",
            rationale: "Buyer messages may only serve the order; Amazon forbids marketing and promotional content of any kind.",
            policyURL: RuleCatalog.Source.cloudCommerce, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("You might also like our matching pillowcases."),
                RuleCatalog.text("Follow us on Instagram for styling ideas."),
                RuleCatalog.text("Visit our Amazon storefront to see our new arrivals."),
                RuleCatalog.text("Sign up for our newsletter to hear about new products."),
                RuleCatalog.text("Besuchen Sie unseren Shop und entdecken Sie unsere neue Kollektion.", language: "de"),
                RuleCatalog.text("Suivez-nous sur Instagram !", language: "fr"),
            ],
            nonTriggering: [
                RuleCatalog.text("To clean the pan, wash it by hand with warm water and dry it at once."),
                RuleCatalog.text("Set-up: charge the speaker fully before first use; the warranty lasts two years."),
                RuleCatalog.text("Use code SAVE10 for 10% off your next order."),
                RuleCatalog.text("Lavar a mano con agua tibia y secar inmediatamente.", language: "es"),
            ],
            fix: "Remove the promotion; keep to information about the item bought"),
        RuleDescriptor(
            id: "coupon", name: "Coupon or promotional offer",
            summary: "Coupons, discount or promo codes, % off, deals, free shipping on a next order, any promotional offer.",
            rationale: "Amazon forbids coupons and promotional offers in buyer messages.",
            policyURL: RuleCatalog.Source.sonemos, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Use code SAVE10 for 10% off your next order."),
                RuleCatalog.text("Here is a coupon for free shipping on your next purchase."),
                RuleCatalog.text("Don't miss our summer sale deals this week."),
                RuleCatalog.text("Mit dem Gutscheincode DANKE15 erhalten Sie 15 % Rabatt.", language: "de"),
                RuleCatalog.text("Utilice el código de descuento GRACIAS para su próximo pedido.", language: "es"),
            ],
            nonTriggering: [
                RuleCatalog.text("The bottle is BPA-free and dishwasher safe."),
                RuleCatalog.text("We will send a free of charge replacement for the damaged unit today."),
                RuleCatalog.text("You paid $24.99 for this order; the invoice is attached.", attachments: [Attachment(name: "invoice.pdf", kind: "invoice")]),
                RuleCatalog.text("Le flacon est sans BPA ; nous envoyons un remplacement gratuit.", language: "fr"),
            ],
            fix: "Remove the offer"),
        RuleDescriptor(
            id: "opt-out-link", name: "Opt-out wording",
            summary: "Unsubscribe or opt-out wording or links (\"reply STOP\", \"click here to stop these emails\").",
            rationale: "Buyers opt out through Amazon; unsubscribe links suggest a marketing list and are forbidden.",
            policyURL: RuleCatalog.Source.zonmaster, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Click here to unsubscribe from these emails."),
                RuleCatalog.text("Reply STOP to opt out of future messages."),
                RuleCatalog.html("<p>Thanks.</p><p><a href=\"https://mail.example.com/unsubscribe?id=1\">Stop these emails</a></p>"),
                RuleCatalog.text("Wenn Sie keine weiteren Nachrichten wünschen, können Sie sich hier abmelden.", language: "de"),
                RuleCatalog.text("Para darse de baja, responda a este mensaje.", language: "es"),
            ],
            nonTriggering: [
                RuleCatalog.text("Please stop using the kettle if the light flashes red."),
                RuleCatalog.text("The subscription box you ordered ships monthly."),
                RuleCatalog.text("Press STOP on the remote to end the programme."),
            ],
            fix: "Remove the opt-out wording; Amazon handles opt-outs"),
        RuleDescriptor(
            id: "sensitive-content", name: "Sensitive content",
            summary: "Profanity (mild and masked included), sexual or violent language, insults or contempt toward the buyer.",
            rationale: "Amazon forbids offensive content in buyer messages; even a mild swear word is flagged.",
            policyURL: RuleCatalog.Source.zonmaster, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Careful, the lid gets hot as hell after ten minutes."),
                RuleCatalog.text("Damn, we are sorry about the delay."),
                RuleCatalog.text("What the f**k happened with the courier?"),
                RuleCatalog.text("Only an idiot would lose the charger."),
                RuleCatalog.text("So ein Mist, das Paket ist beschädigt.", language: "de"),
                RuleCatalog.text("Quelle merde, le colis est arrivé cassé.", language: "fr"),
            ],
            nonTriggering: [
                RuleCatalog.text("Hello, we hope the lamp brightens your room."),
                RuleCatalog.text("The shell of the case protects against drops."),
                RuleCatalog.text("Die Lampe leuchtet hell und warm.", language: "de"),
            ],
            fix: "Remove the word"),
        RuleDescriptor(
            id: "redundant-message", name: "Redundant message",
            summary: "A message whose whole point is an order or shipping confirmation, a thank-you, or \"contact us if there is a problem\".",
            rationale: "Amazon sends confirmations itself and forbids proactive messages without a permitted purpose.",
            policyURL: RuleCatalog.Source.sonemos, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Hello,\n\nThank you for your order. We hope you enjoy it!\n\nBest regards,\nThe Acme team", type: "thank-you"),
                RuleCatalog.text("Good news! Your order {{order_id}} has shipped and is on its way.", type: "delivery-followup"),
                RuleCatalog.text("Hi,\nIf you have any problems with your order, please contact us.\nThanks,\nAcme"),
                RuleCatalog.text("Vielen Dank für Ihre Bestellung! Ihr Paket wurde versandt.\n\nMit freundlichen Grüßen", language: "de"),
                RuleCatalog.text("Thanks for your purchase!\n\nQuestions about assembly? Our support team is happy to help, just write to us here on Amazon.\n\nKind regards"),
            ],
            nonTriggering: [
                RuleCatalog.text("Thank you for your order. Your invoice is attached.", type: "invoice", attachments: [Attachment(name: "invoice.pdf", kind: "invoice")]),
                RuleCatalog.text("Thank you for your purchase! Would you share your honest thoughts in a review on Amazon?", type: "thank-you"),
                RuleCatalog.text("Thanks for your order. Before first use, rinse the blender jar and run it empty for ten seconds."),
                RuleCatalog.text("Merci pour votre commande. Pourriez-vous nous confirmer le texte de la gravure ?", type: "custom-design", language: "fr"),
            ],
            fix: "Do not send it, or give the message a permitted purpose (instructions, a needed question, a neutral review request)"),
    ]
}

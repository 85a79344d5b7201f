import AgencyPluginAPI
import Testing

/// Cases behind the accuracy fixes: spelled-out country domains, Spanish 3-3-3 numbers, contact offers
/// that give no purpose, "free" + a thing for a review, overlapping phrase findings, the French
/// at-word in spelled-out emails, a spelled slash after a domain, and scripting in the sentence after
/// a review request.
struct AccuracyFixTests {
    static func rules(_ body: String, language: String = "en", type: String = "delivery-followup") throws -> [String] {
        let document = GuidelinesHarness.document(body, type: type, language: language)
        return try GuidelinesHarness.prepared().check(document).map(\.rule)
    }

    /// Words that make a number a phone number count at the start of a word only: "tel" in "Tel." or
    /// "telefonisch", not inside "Bestellung"; "ring" not inside "during".
    @Test(arguments: [
        ("Aus Ihrer Bestellung: Der Filter (Teilenummer 4410-220) passt in die Modelle LR-800.", "de"),
        ("During assembly, use part no. 4410-2201 for the left side.", "en"),
    ])
    func phoneWordsInsideOtherWordsDoNotMakeANumberAPhone(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "product-instructions").contains("phone-number")))
    }

    @Test(arguments: [
        ("Sie erreichen uns unter Tel. 030 12345678.", "de"),
        ("Ring us on 020 7946 0958 if anything is missing.", "en"),
        ("Rufen Sie uns an: telefonisch 089 12345678.", "de"),
    ])
    func phoneWordsAtTheStartOfAWordStillDo(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "product-instructions").contains("phone-number"))
    }

    @Test(arguments: [
        ("Alle Infos auf kissenwerk-berlin punkt de.", "de"),
        ("Mehr Pflegetipps unter bettenhaus punkt at", "de"),
        ("Rendez-vous sur linge-doux point fr pour le guide.", "fr"),
        ("Toutes les infos sur atelier2024 point be.", "fr"),
        ("Encontrará el vídeo en cocinaviva punto es.", "es"),
        ("Il video è su cucinaviva punto it.", "it"),
    ])
    func spelledCountryDomainsAreLinks(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language).contains("external-link"))
    }

    @Test(arguments: [
        ("Du point de vue du montage, tout est prêt.", "fr"),
        ("Au point de départ, serrez les vis.", "fr"),
        ("El punto es que el filtro debe secarse.", "es"),
        ("Este punto es importante para la garantía.", "es"),
    ])
    func proseWithDotWordsIsNotALink(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language).contains("external-link")))
    }

    @Test func spanishNationalNumbersAreFound() throws {
        #expect(try Self.rules("Si tiene dudas, estamos disponibles en el 612 345 987.", language: "es").contains("phone-number"))
        #expect(try Self.rules("Atención al cliente: 912-345-678", language: "es").contains("phone-number"))
        #expect(!(try Self.rules("Su pedido 114-0000000-0000000 pesa 1 250 g.", language: "es").contains("phone-number")))
    }

    @Test func aHelpQuestionBeforeAContactOfferGivesNoPurpose() throws {
        let body = "Thank you for your order!\n\nNeed help with setup? Our support line is open on weekdays, just call us.\n\nBest regards"
        #expect(try Self.rules(body).contains("redundant-message"))
        let contactOnly = "Hi,\n\nQuestions about the assembly? Our hotline is open every day, call us.\n\nBest regards"
        #expect(try Self.rules(contactOnly).contains("redundant-message"))
        let schedule = "Hi,\n\nPlease call us to schedule the delivery slot for your sofa.\n\nBest regards"
        #expect(!(try Self.rules(schedule, type: "delivery-scheduling").contains("redundant-message")))
        let instructions = "Thank you for your order!\n\nBefore first use, charge the battery fully.\n\nBest regards"
        #expect(!(try Self.rules(instructions).contains("redundant-message")))
    }

    @Test func aFreeThingForAReviewIsAnIncentive() throws {
        #expect(try Self.rules("Leave a review and get a free phone stand!").contains("review-incentive"))
        #expect(!(try Self.rules("The lid is BPA-free. Feel free to leave a review.").contains("review-incentive")))
        #expect(!(try Self.rules("We sent a free of charge replacement. If you like, leave an honest review.").contains("review-incentive")))
    }

    @Test func overlappingPhraseFindingsOfOneRuleAreReportedOnce() throws {
        let found = try Self.rules("Besuchen Sie unseren Shop für mehr Ideen.", language: "de")
        #expect(found.filter { $0 == "marketing" }.count == 1)
    }

    /// "arobase" (French), bare or in brackets, spells an email's `@` as "arroba" and "chiocciola" do;
    /// the domain after it is part of the email, not a link.
    @Test(arguments: [
        ("Écrivez-nous à contact [arobase] cadresdumonde [point] fr.", "fr"),
        ("Réclamations : garantie arobase cuisine-vapeur point fr", "fr"),
        ("Escríbanos a pedidos (arroba) marcos (punto) es", "es"),
        ("Scrivici a ordini [chiocciola] cornici [punto] it.", "it"),
    ])
    func spelledAtWordsMakeAnEmail(_ text: String, _ language: String) throws {
        let found = try Self.rules(text, language: language, type: "order-details")
        #expect(found.contains("email-address"))
        #expect(!found.contains("external-link"))
    }

    /// "punto es" followed by a word is prose ("el punto es que"), but not when the word spells a slash.
    @Test func aSpelledSlashAfterAnAmbiguousDomainStillMakesALink() throws {
        #expect(try Self.rules("La guía de tallas está en textilhogar punto es barra tallas.", language: "es").contains("external-link"))
        #expect(!(try Self.rules("El punto es que la funda se lava a 30 grados.", language: "es").contains("external-link")))
    }

    /// Telling the buyer what to write counts in the sentence right after the review request too.
    @Test(arguments: [
        ("Would you write a quick review of the fountain? It would be great if you could mention how quiet the pump is.", "en"),
        ("Würden Sie eine kurze Rezension schreiben? Erwähnen Sie dabei gern, wie leise er ist.", "de"),
        ("¿Te animas a escribir una reseña breve? Estaría genial que mencionaras lo silencioso que es.", "es"),
    ])
    func scriptingInTheSentenceAfterAReviewRequestIsManipulation(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation"))
    }

    @Test func scriptingFarFromAReviewRequestIsNot() throws {
        let body = "Please share your honest review on Amazon.\n\nYour invoice is attached.\n\nWhen you reply, please mention your order number."
        #expect(!(try Self.rules(body, type: "review-request").contains("review-manipulation")))
    }

    /// A change verb on a pronoun asks for removal when the review is named in that sentence or the one before.
    @Test(arguments: [
        ("We noticed your 1-star review for the order. Since we've refunded you, could you delete it?", "en"),
        ("Wir haben Ihre negative Bewertung gesehen. Wären Sie bereit, sie zu löschen?", "de"),
        ("Nous avons vu votre avis négatif. Maintenant que tout est réglé, pourriez-vous le supprimer ?", "fr"),
        ("Hemos visto su valoración negativa. Ahora que está resuelto, ¿podría eliminarla?", "es"),
    ])
    func aChangeVerbOnAPronounAfterTheReviewIsARemovalRequest(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "order-problem").contains("review-removal"))
    }

    @Test func aPronounChangeWithNoReviewNearbyIsNot() throws {
        let body = "Your review request tool is not needed.\n\nThe size label on the box is wrong.\n\nIf the colour is wrong too, could you change it in your order notes?"
        #expect(!(try Self.rules(body, type: "order-details").contains("review-removal")))
    }

    /// A subject with a reply prefix ("Re:", "AW:", "RE :", "R:") marks a reply to the buyer, which needs no order id.
    @Test(arguments: [
        ("Re: Question about the charging cable", "en"),
        ("AW: Frage zum Ersatzakku", "de"),
        ("RE : Question sur la pointure", "fr"),
        ("RE: Duda sobre la funda", "es"),
        ("R: Domanda sulla cover", "it"),
    ])
    func aReplySubjectNeedsNoOrderID(_ subject: String, _ language: String) throws {
        let document = GuidelinesHarness.document("Thanks for your message. The cable is 2 m long and rated at 100 W.",
                                                  subject: subject, type: "product-instructions", language: language)
        #expect(!(try GuidelinesHarness.ruleIDs(document).contains("order-id-required")))
    }

    @Test func aProactiveSubjectWithoutAnOrderIDStillNeedsOne() throws {
        let document = GuidelinesHarness.document("Wash at 40°C and line-dry.", subject: "Regarding your new bedding",
                                                  type: "delivery-followup")
        #expect(try GuidelinesHarness.ruleIDs(document).contains("order-id-required"))
    }

    /// Company, tax and register numbers and law references are not phone numbers.
    @Test(arguments: [
        ("SIRET : 812 345 678 00027", "fr"),
        ("N° TVA intracommunautaire : FR 12 812345678", "fr"),
        ("SARL Maison Lumière – RCS Lyon 812 345 678", "fr"),
        ("P.IVA venditore: IT 01234567890", "it"),
        ("De acuerdo con el Real Decreto 110/2015 sobre residuos, puede devolverlo.", "es"),
        ("Fattura n. 2025/0417 del 03/06/2025", "it"),
    ])
    func registerNumbersAndLawReferencesAreNotPhones(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "invoice").contains("phone-number")))
    }

    @Test func aNumberAfterAPhoneWordWithASlashIsStillAPhone() throws {
        #expect(try Self.rules("Rufen Sie uns an: Tel. 0171/2345678", language: "de").contains("phone-number"))
    }

    /// A bare "at" after a place word ("lives at", "visit us at") spells a link, not an email address.
    @Test(arguments: [
        "Our full care guide lives at brightwellhome dot co dot uk slash care.",
        "You can visit us at brightwellhome dot com for more.",
    ])
    func aSpelledDomainAfterAPlaceAtIsALink(_ text: String) throws {
        let rules = try Self.rules(text)
        #expect(rules.contains("external-link"))
        #expect(!rules.contains("email-address"))
    }

    @Test(arguments: [
        "Email us at support at kettleco dot com and we will help.",
        "Write to anna at kettleco dot com.",
    ])
    func aSpelledEmailIsStillAnEmail(_ text: String) throws {
        #expect(try Self.rules(text).contains("email-address"))
    }

    /// A bracketed dot word of the message's language glued to the names around it, as in German
    /// imprints: `service(at)beispiel(punkt)de` is an email address, `beispiel[punto]it` a link.
    @Test(arguments: [
        ("Schreiben Sie uns an service(at)wohnglueck(punkt)de, dann tauschen wir.", "de"),
        ("Scrivici a info[at]casabella[punto]it per un cambio.", "it"),
    ])
    func aGluedLocalDotWordStillSpellsAnEmail(_ text: String, _ language: String) throws {
        let rules = try Self.rules(text, language: language, type: "order-problem")
        #expect(rules.contains("email-address"))
        #expect(!rules.contains("external-link"))
    }

    @Test func aGluedLocalDotWordSpellsALink() throws {
        #expect(try Self.rules("Die Anleitung finden Sie unter wohnglueck(punkt)de.", language: "de").contains("external-link"))
    }

    /// A paragraph break is not a sentence: gating two sentences after the review ask still counts
    /// when the paragraphs are separated by blank lines.
    @Test(arguments: [
        ("Laissez un avis sur Amazon.\n\nUn souci ? Écrivez-nous d'abord, nous trouverons une solution.", "fr"),
        ("A review on Amazon would mean a lot.\n\nAny trouble?\n\nContact us first and we will fix it.", "en"),
    ])
    func gatingAcrossParagraphsIsStillGating(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation"))
    }

    /// A yes/no question about a positive state, answered by a "then" that opens the review ask, gates,
    /// with any words between.
    @Test(arguments: [
        ("Du bist zufrieden mit deiner neuen Yogamatte (Bestellung 123)? Dann lass uns doch eine Bewertung auf Amazon da!", "de"),
        ("Happy with the reading lamp from your recent order? Then a review on Amazon would mean a lot to us.", "en"),
        ("¿Está contento con la lámpara de su pedido?\n\nEntonces nos encantaría leer su valoración en Amazon.", "es"),
    ])
    func aPositiveYesNoQuestionBeforeAReviewAskGates(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation"))
    }

    /// An open question, a negated state, a neutral ask after the question, or a question with no
    /// "then" answering it does not gate.
    @Test(arguments: [
        ("How are you enjoying the reading lamp from your order? We'd appreciate an honest review on Amazon.", "en"),
        ("Not happy with the lamp? Please tell us, and we'll send a replacement. We'd appreciate an honest review on Amazon.", "en"),
        ("Wie gefällt Ihnen die Lampe? Über eine ehrliche Bewertung auf Amazon freuen wir uns.", "de"),
        ("Are you happy with the lamp? Whether positive or negative, your review on Amazon helps other buyers.", "en"),
        ("Êtes-vous satisfait(e) de vos bâtons ? Un avis honnête sur Amazon nous aiderait beaucoup.", "fr"),
    ])
    func anOpenOrNegatedQuestionDoesNotGate(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation")))
    }

    /// A symbol between words is not a word, so a sign-off such as "Best, Canvas & Co" stays short
    /// and does not give a contact-only message a purpose.
    @Test func anAmpersandInASignOffIsNotAWord() throws {
        let text = "Hello,\n\nIf something isn't right with order {{order_id}}, message us and we'll sort it out straight away.\n\nBest,\nCanvas & Co"
        #expect(try Self.rules(text).contains("redundant-message"))
    }

    /// Abbreviated reference and article numbers are ids, not phone numbers.
    @Test(arguments: [
        ("Der Ersatzakku (Art.-Nr. 88-4410-220, 18 V) geht morgen raus.", "de"),
        ("La télécommande de remplacement (réf. 30-1187-0422, modèle RC-9) part demain.", "fr"),
        ("Il telecomando sostitutivo (cod. 30-1187-0422, modello RC-9) parte domani.", "it"),
    ])
    func abbreviatedReferenceNumbersAreNotPhones(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "order-problem").contains("phone-number")))
    }

    /// An `@` in a URL path ("youtube.com/@channel") makes a link, not a malformed email address.
    @Test func anAtInAURLPathIsALink() throws {
        let rules = try Self.rules("Watch the assembly video: youtube.com/@MaisonLumiereTutos (15 minutes).", language: "fr")
        #expect(rules.contains("external-link"))
        #expect(!rules.contains("email-address"))
    }

    /// A serial number after "SN", "S/N", "matricola" or "IMEI" is an id, not a phone number.
    @Test(arguments: [
        ("Il numero di serie si trova sotto la base (SN 7721-0034-88).", "it"),
        ("Matricola 0432 5567 8812, da citare in caso di assistenza.", "it"),
        ("The label on the back reads S/N 4471 2209 3381.", "en"),
        ("IMEI 35 209906 123456 7 steht auf der Verpackung.", "de"),
    ])
    func serialNumbersAreNotPhones(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "warranty-info").contains("phone-number")))
    }
    /// A "make sure" inside a check-in ("just checking in to make sure your order arrived") is not a
    /// tip that gives the message a purpose (`cue:purpose-exception`); a real tip still is.
    @Test func aCheckInToMakeSureTheOrderArrivedIsRedundant() throws {
        let checkIn = "Hi {{buyer_name}},\n\nJust checking in to make sure your order arrived safely. If anything is wrong, let us know.\n\nBest,\nThe team"
        #expect(try Self.rules(checkIn).contains("redundant-message"))
        let tip = "Hi {{buyer_name}},\n\nBefore the visit, please make sure the water valve is accessible.\n\nBest,\nThe team"
        #expect(!(try Self.rules(tip, type: "service-appointment").contains("redundant-message")))
    }

    /// A pressure word after the buyer's choice ("lo que escribas depende de ti") leaves the review to
    /// the buyer; the same word about the business is still pressure.
    @Test(arguments: [
        ("Nos encantaría leer tu opinión sincera en Amazon; lo que escribas depende por completo de ti.", "es"),
        ("Ci farebbe piacere leggere la tua recensione su Amazon: quello che scrivi dipende da te.", "it"),
    ])
    func theBuyersChoiceIsNotPressure(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation")))
    }

    @Test(arguments: [
        ("Somos una tienda pequeña y nuestro negocio depende por completo de sus reseñas.", "es"),
        ("Siamo una piccola bottega e il nostro lavoro dipende da voi e dalle vostre recensioni.", "it"),
    ])
    func pressureOnTheBusinessStillCounts(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "review-request").contains("review-manipulation"))
    }

    /// A code phrase ("mit dem Code", "enter code") is a coupon, except next to an access key:
    /// entering the code of a digital item in its app is not a promotion.
    @Test(arguments: [
        ("Öffnen Sie die Lern-App und melden Sie sich mit dem Code ESP-A1-77420 an.", "de"),
        ("Open the app, tap Redeem and enter code ESP-7742-KQ to activate your course.", "en"),
        ("Ouvrez l'application et activez votre licence avec le code ESP-7742-KQ.", "fr"),
        ("Abre la aplicación y activa tu licencia con el código ESP-7742-KQ.", "es"),
        ("Apri l'app e attiva la licenza con il codice ESP-7742-KQ.", "it"),
    ])
    func anAccessCodeIsNotACoupon(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "digital-access-key").contains("coupon")))
    }

    @Test(arguments: [
        ("Mit dem Code SOMMER erhalten Sie etwas auf alles in unserem Shop.", "de"),
        ("Use code COMFY at checkout next time.", "en"),
        ("Avec le code ETE, profitez de nos articles.", "fr"),
    ])
    func aCodeWithoutAnAccessKeyIsStillACoupon(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language).contains("coupon"))
    }

    /// An emoji followed by a capital letter ends a sentence: the tip after "arrived 🌞" gives the
    /// message a purpose instead of sharing a sentence with the delivery note.
    @Test(arguments: [
        ("Hola, {{buyer_name}}:\n\nTu hamaca (pedido {{order_id}}) ya ha llegado 🌞 Antes de usarla, comprueba que los mosquetones están bien cerrados.\n\n¡A disfrutar!\n{{seller_name}}", "es"),
        ("Ciao {{buyer_name}},\n\nla tua amaca (ordine {{order_id}}) è arrivata 🏕️ Prima di usarla controlla che le cinghie facciano due giri attorno all'albero.\n\nBuone avventure,\n{{seller_name}}", "it"),
    ])
    func anEmojiBeforeACapitalEndsASentence(_ text: String, _ language: String) throws {
        let rules = try Self.rules(text, language: language)
        #expect(rules.contains("emoji"))
        #expect(!rules.contains("redundant-message"))
    }

    /// A price reduction on this order that is already refunded is compensation, not an offer
    /// (`cue:coupon-refunded` with `cue:coupon-this-order` in one sentence drops the coupon trigger).
    @Test(arguments: [
        ("Als Ausgleich haben wir Ihnen einen Preisnachlass von 4,00 € auf diese Bestellung bereits erstattet.", "de"),
        ("Le hemos aplicado una rebaja de 4 € sobre el precio pagado, reembolsada a su método de pago.", "es"),
        ("As an apology we have refunded a discount of 4 pounds on this order to your card.", "en"),
    ])
    func aRefundedReductionOnThisOrderIsNotACoupon(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language).contains("coupon")))
    }

    @Test(arguments: [
        ("Als Dankeschön erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.", "de"),
        ("Le ofrecemos una rebaja de 4 € en su próximo pedido.", "es"),
    ])
    func aReductionOnANextOrderIsStillACoupon(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language).contains("coupon"))
    }

    /// A short upper-case code just before a number (a VAT country prefix, the head of a tracking
    /// code), the last part of a hyphenated compound ("Lizenz-ID") and licence or shipment words
    /// make the number an id, not a phone number.
    @Test(arguments: [
        ("Our VAT registration number is GB 123 4567 89.", "en"),
        ("Notre numéro de TVA intracommunautaire est FR 12 345678901.", "fr"),
        ("Numéro de suivi du kit : 8R 02 345 678 9012.", "fr"),
        ("Ihre Lizenz ist bereit. Lizenz-ID: 2024-118-5567-0093.", "de"),
        ("Le hemos enviado una de reemplazo, con número de envío 0530 1234 5678.", "es"),
        ("Your license number is 4471 2209 3381.", "en"),
    ])
    func codePrefixesAndIdCompoundsAreNotPhones(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "order-problem").contains("phone-number")))
    }

    @Test(arguments: [
        ("Questions? Call UK 0800 123 4567.", "en"),
        ("Tel.-Nr.: 0800 123 4567", "de"),
    ])
    func aCodePrefixOrCompoundNextToAPhoneWordIsStillAPhone(_ text: String, _ language: String) throws {
        #expect(try Self.rules(text, language: language, type: "order-problem").contains("phone-number"))
    }

    /// A tracking number named in Italian or Spanish ("numero di tracciamento", "número de rastreo")
    /// is an id, not a phone number (holdout14 false alarm).
    @Test(arguments: [
        ("Abbiamo già rispedito la stampante, gratuitamente; nuovo numero di tracciamento 0614 2233 4455 6.", "it"),
        ("Le hemos enviado uno nuevo; número de rastreo 0530 1234 5678.", "es"),
    ])
    func trackingNumbersAreNotPhones(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "order-problem").contains("phone-number")))
    }

    /// Digits in a link's query ("?id=0123456789") belong to the link, not to a phone number.
    @Test(arguments: [
        ("Puede seguirlo aquí: https://www.seur.com/livetracking/?segOnlineIdentificador=0123456789", "es"),
        ("Track it here: https://tracking.example.com/track?ref=0123456789", "en"),
    ])
    func digitsInsideALinkAreNotAPhone(_ text: String, _ language: String) throws {
        #expect(!(try Self.rules(text, language: language, type: "shipping-confirmation").contains("phone-number")))
    }

    /// A one-letter unit after a slash ("0 mg/l.") ends its sentence: it is not an initial, so the
    /// care tip before it does not merge into the contact offer after it.
    @Test func aUnitAfterASlashEndsTheSentence() throws {
        let text = "Misuri ammoniaca e nitriti ogni settimana: entrambi devono essere a 0 mg/l. Per qualsiasi dubbio ci scriva tramite la messaggistica di Amazon."
        #expect(!(try Self.rules(text, language: "it", type: "delivery-followup").contains("redundant-message")))
    }
}

import AgencyPluginAPI

/// Descriptors of `email-address`, `phone-number` and `emoji`.
enum ContactRuleDescriptors {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "email-address", name: "Email address",
            summary: "An email address in the subject or body, including obfuscated forms and mailto: links.",
            rationale: "Buyer and seller must talk through Amazon messaging; Amazon strips or blocks email addresses.",
            policyURL: RuleCatalog.Source.jungleScout, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("If anything is missing, write to help@brand.example.com."),
                RuleCatalog.text("Contact service at brand dot com for a replacement."),
                RuleCatalog.text("Send photos to john.doe [at] example [dot] com please."),
                RuleCatalog.html("<p>Questions? <a href=\"mailto:care@brand.example\">Email us</a></p>"),
                RuleCatalog.text("Schreiben Sie an kundenservice@beispiel.de.", language: "de"),
            ],
            nonTriggering: [
                RuleCatalog.text("Please write to us through Amazon messaging if anything is missing."),
                RuleCatalog.text("Reply to this message and we will help at once."),
                RuleCatalog.text("Our team at the warehouse checked your parcel twice."),
                RuleCatalog.text("Répondez simplement à ce message via la messagerie Amazon.", language: "fr"),
            ],
            fix: "Remove the address; ask the buyer to reply through Amazon messaging"),
        RuleDescriptor(
            id: "phone-number", name: "Phone number",
            summary: "A telephone number in any common national or international format, helplines included.",
            rationale: "Amazon forbids telephone numbers in buyer messages; contact stays inside Amazon messaging.",
            policyURL: RuleCatalog.Source.jungleScout, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Call our helpline on +1 555 123 4567 for set-up help."),
                RuleCatalog.text("You can reach us at (555) 123-4567 any weekday."),
                RuleCatalog.text("Our hotline: 0800 123 4567."),
                RuleCatalog.text("Rufen Sie uns an: +49 30 12345678.", language: "de"),
                RuleCatalog.text("Appelez-nous au 01 23 45 67 89.", language: "fr"),
                RuleCatalog.text("Nuestro equipo está disponible en el 934 567 812 de lunes a viernes.", language: "es"),
                RuleCatalog.text("Unser Kundendienst: 0301 234567.", language: "de"),
            ],
            nonTriggering: [
                RuleCatalog.text("Your order 114-0000000-0000000 (ASIN B0ABCD1234) has a warranty card inside."),
                RuleCatalog.text("Delivery is planned for 12.05.2024 between 10:00 and 14:00."),
                RuleCatalog.text("You paid $1,299.00 for the model 1200-500, which measures 1200 x 500 mm."),
                RuleCatalog.text("The set contains 2 x 250 ml bottles; replacement part no. 4455-221-990."),
                RuleCatalog.text("The parcel goes to postcode 10115 Berlin on 2024-05-12.", language: "de"),
            ],
            fix: "Remove the number; ask the buyer to reply through Amazon messaging"),
        RuleDescriptor(
            id: "emoji", name: "Emoji",
            summary: "A Unicode emoji pictograph, also written as an HTML character reference.",
            rationale: "Amazon's message checks reject emoji in buyer messages.",
            policyURL: RuleCatalog.Source.ecb, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Thanks for your order 😊 please read the care guide."),
                RuleCatalog.text("Enjoy your coffee ☕ and check the descaling steps below."),
                RuleCatalog.html("<p>Great news &#127881; your replacement is on its way.</p>"),
                RuleCatalog.text("Please note ❤️ the blade is sharp."),
            ],
            nonTriggering: [
                RuleCatalog.text("Thanks for your order :) please read the care guide."),
                RuleCatalog.text("BrandName™ and Logo® are trademarks © 2024."),
                RuleCatalog.text("Checklist: ✓ unpacked ✓ assembled ★ tested."),
                RuleCatalog.html("<p>Thanks &amp; enjoy &mdash; the team</p>"),
            ],
            fix: "Remove the emoji"),
    ]
}

import AgencyPluginAPI

/// Descriptors of `external-link` and `insecure-link`.
enum LinkRules {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "external-link", name: "Link outside Amazon",
            summary: "A URL, bare or spelled-out domain, or HTML link that points anywhere but Amazon or an allowed domain.",
            rationale: "Amazon forbids links to outside sites in buyer messages unless they are needed to complete the order; a good purpose does not exempt a link. Only the seller's allowed-domains are exempt.",
            policyURL: RuleCatalog.Source.include, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Watch the assembly video at https://shop.example/x before you start."),
                RuleCatalog.text("Care tips are on www.example.net for your reference."),
                RuleCatalog.text("The care guide is at example.org/care."),
                RuleCatalog.text("Track it here: bit.ly/3xYz12"),
                RuleCatalog.text("Best regards,\nThe team at example.co.uk"),
                RuleCatalog.text("Find the manual on brandname dot com."),
                RuleCatalog.html("<p>See <a href=\"https://brand.example.com/manual\">the manual</a>.</p>"),
                RuleCatalog.text("Die Anleitung finden Sie auf www.beispiel.de/hilfe.", language: "de"),
                RuleCatalog.text("Die Pflegetipps stehen auf traumbett-waesche punkt de.", language: "de"),
                RuleCatalog.text("Le guide d'entretien est sur atelier-lumen point fr.", language: "fr"),
                RuleCatalog.text("La guía de montaje está en mueblesnorte punto es.", language: "es"),
            ],
            nonTriggering: [
                RuleCatalog.text("You can find the product page at https://www.amazon.com/dp/B012345678."),
                RuleCatalog.text("Use the link in your Amazon order page; see amazon.co.uk/orders or amzn.to/3abc."),
                RuleCatalog.text("The user guide (guide.pdf, version 2.0) is attached."),
                RuleCatalog.text("Please use the link we sent through Amazon messaging."),
                RuleCatalog.html("<p>Our logo:</p><img src=\"https://cdn.brand.example/logo.png\" alt=\"Brand logo\">"),
                RuleCatalog.text("Der Link zu Ihrer Bestellung ist auf amazon.de unter Meine Bestellungen.", language: "de"),
                RuleCatalog.text("Du point de vue technique, le montage est simple.", language: "fr"),
                RuleCatalog.text("El punto es que la tapa debe cerrarse bien.", language: "es"),
            ],
            fix: "Remove the link; point the buyer to the Amazon order page or attach the document instead"),
        RuleDescriptor(
            id: "insecure-link", name: "Insecure link",
            summary: "Any http:// URL, link or image source, Amazon's included.",
            rationale: "Amazon requires working https links; http links and image sources are blocked.",
            policyURL: RuleCatalog.Source.ecb, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Your order page: http://www.amazon.com/gp/your-account/order-history"),
                RuleCatalog.html("<p>Hello</p><img src=\"http://cdn.brand.example/logo.png\" alt=\"Logo\">"),
                RuleCatalog.html("<p>See <a href=\"http://amazon.de/dp/B012345678\">the product page</a>.</p>"),
                RuleCatalog.text("Details: HTTP://example.com/help"),
            ],
            nonTriggering: [
                RuleCatalog.text("Your order page: https://www.amazon.com/gp/your-account/order-history"),
                RuleCatalog.html("<p>Hello</p><img src=\"https://cdn.brand.example/logo.png\" alt=\"Logo\">"),
                RuleCatalog.text("We use the HTTP protocol only over https connections."),
                RuleCatalog.html("<p>See <a href=\"https://amazon.de/dp/B012345678\">the product page</a>.</p>"),
            ],
            fix: "Use https:// (and only for links that are allowed)"),
    ]
}

import AgencyPluginAPI

/// Descriptors of the HTML rules `media` and `styling`.
enum HTMLRuleDescriptors {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "media", name: "Media",
            summary: "In HTML: GIFs, tracking pixels, images of the purchased product, logos wrapped in a link or showing a web address.",
            rationale: "Amazon forbids tracking pixels, GIFs and product images (it adds its own); a logo may not link to or show your website.",
            policyURL: RuleCatalog.Source.include, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.html("<p>Thanks!</p><img src=\"https://cdn.brand.example/thanks.gif\" alt=\"Thanks\">"),
                RuleCatalog.html("<p>Hello</p><img src=\"https://t.example.com/o.png?id=9\" width=\"1\" height=\"1\" alt=\"\">"),
                RuleCatalog.html("<a href=\"https://brand.example\"><img src=\"https://cdn.brand.example/logo.png\" alt=\"Brand\"></a>"),
                RuleCatalog.html("<p>Your new kettle:</p><img src=\"https://cdn.brand.example/product-kettle.jpg\" alt=\"Product photo\">"),
                RuleCatalog.html("<img src=\"https://cdn.brand.example/logo.png\" alt=\"www.brand-shop.com\">"),
            ],
            nonTriggering: [
                RuleCatalog.html("<img src=\"https://cdn.brand.example/logo.png\" alt=\"Brand logo\"><p>Your manual is attached.</p>"),
                RuleCatalog.html("<p>Plain paragraph with <b>bold</b> text.</p>"),
                RuleCatalog.text("A GIF of the set-up would be nice, but here are the steps in words."),
                RuleCatalog.html("<p>Logo below.</p><img src=\"https://cdn.brand.example/brand-logo.png\" alt=\"Logo\" width=\"120\" height=\"40\">"),
            ],
            fix: "Remove the image; keep at most a plain https logo without a link"),
        RuleDescriptor(
            id: "styling", name: "Styling",
            summary: "In HTML: centred text, font-family, line-height or colour overrides, more than three font sizes, more than two line breaks in a row, margins over 20%, images wider than 80%.",
            rationale: "Amazon's guidelines forbid styling that overrides its default message layout.",
            policyURL: RuleCatalog.Source.ecb, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.html("<body style=\"text-align:center\"><p>Thank you for your order.</p></body>"),
                RuleCatalog.html("<center><p>Your manual is attached.</p></center>"),
                RuleCatalog.html("<p style=\"font-family:Comic Sans MS;color:#ff0000\">Care instructions below.</p>"),
                RuleCatalog.html("<p>First line</p><br><br><br><p>After a gap</p>"),
                RuleCatalog.html("<div style=\"margin:0 25%\"><p>Instructions</p></div>"),
                RuleCatalog.html("<p>Logo</p><img src=\"https://cdn.brand.example/logo.png\" alt=\"Logo\" width=\"95%\">"),
            ],
            nonTriggering: [
                RuleCatalog.html("<p>Plain paragraph with <b>bold</b> and <i>italics</i>.</p><ul><li>Step one</li><li>Step two</li></ul>"),
                RuleCatalog.html("<p>Line one<br><br>Line three</p>"),
                RuleCatalog.text("Hello,\n\n\n\nBlank lines in a plain-text body are fine.\n\n\nThanks"),
                RuleCatalog.html("<div style=\"margin:0 10%\"><img src=\"https://cdn.brand.example/logo.png\" alt=\"Logo\" width=\"60%\"></div>"),
            ],
            fix: "Remove the inline styling and let Amazon's default layout apply"),
    ]
}

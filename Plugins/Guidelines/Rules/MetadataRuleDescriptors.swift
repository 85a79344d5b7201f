import AgencyPluginAPI

/// Descriptors of `important-tag`, `attachment`, `order-id-required` and `unknown-placeholder`.
enum MetadataRuleDescriptors {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "important-tag", name: "[Important] tag",
            summary: "\"[Important]\" in the subject of a message whose type is not critical.",
            rationale: "The tag is reserved for messages critical to completing the order; misuse is a named cause of restriction.",
            policyURL: RuleCatalog.Source.important, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("How is your new blender?", subject: "[Important] Your order {{order_id}}", type: "review-request"),
                RuleCatalog.text("Your invoice is attached.", subject: "[IMPORTANT] Invoice for {{order_id}}", type: "invoice",
                                 attachments: [Attachment(name: "invoice.pdf", kind: "invoice")]),
                RuleCatalog.text("Here are the care instructions.", subject: "[Important] Care tips for order {{order_id}}", type: "product-instructions"),
            ],
            nonTriggering: [
                RuleCatalog.text("Please pick a delivery slot for your sofa.", subject: "[Important] Delivery appointment for {{order_id}}", type: "delivery-scheduling"),
                RuleCatalog.text("We cannot ship to the address given.", subject: "[Important] Address problem with {{order_id}}", type: "address-issue"),
                RuleCatalog.text("Here are the care instructions.", subject: "Important care tips for order {{order_id}}", type: "product-instructions"),
            ],
            fix: "Remove \"[Important]\" from the subject"),
        RuleDescriptor(
            id: "attachment", name: "Attachment kind",
            summary: "An attachment whose kind is not invoice, instructions or warranty.",
            rationale: "Amazon allows attachments only for product instructions, warranties and invoices.",
            policyURL: RuleCatalog.Source.zonmaster, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Our catalogue is attached.", attachments: [Attachment(name: "catalog-2025.pdf", kind: "catalogue")]),
                RuleCatalog.text("Your return form is attached.", type: "return-question", attachments: [Attachment(name: "return-form.pdf", kind: "return-form")]),
                RuleCatalog.text("A little thank-you.", attachments: [Attachment(name: "coupon.png", kind: "coupon")]),
            ],
            nonTriggering: [
                RuleCatalog.text("Your invoice is attached.", type: "invoice", attachments: [Attachment(name: "invoice.pdf", kind: "invoice")]),
                RuleCatalog.text("The user manual is attached.", type: "product-instructions", attachments: [Attachment(name: "user-manual.pdf", kind: "instructions")]),
                RuleCatalog.text("Your warranty card is attached.", type: "warranty-info", attachments: [Attachment(name: "warranty-card.pdf", kind: "warranty")]),
            ],
            fix: "Attach only an invoice, instructions or a warranty"),
        RuleDescriptor(
            id: "order-id-required", name: "Order id required",
            summary: "A proactive message with neither the 17-digit order id nor an {{order_id}} placeholder.",
            rationale: "Every proactive message must name the Amazon order it is about.",
            policyURL: RuleCatalog.Source.zonSupport, defaultLevel: .warning, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Here are the care instructions for your recent order.", subject: "Care tips", type: "product-instructions"),
                RuleCatalog.text("Please confirm the engraving text.", subject: "Your engraving", type: "custom-design"),
                RuleCatalog.text("Your invoice is attached.", subject: "Invoice", type: "invoice", attachments: [Attachment(name: "invoice.pdf", kind: "invoice")]),
            ],
            nonTriggering: [
                RuleCatalog.text("Here are the care instructions.", subject: "Care tips for order {{order_id}}", type: "product-instructions"),
                RuleCatalog.text("Please confirm the engraving text for order 113-1234567-1234567.", subject: "Your engraving", type: "custom-design"),
                RuleCatalog.text("Yes, the charger is included in the box.", subject: "Re: charger", type: "buyer-reply"),
            ],
            fix: "Add the order id, e.g. \"Your order {{order_id}}\" in the subject"),
        RuleDescriptor(
            id: "unknown-placeholder", name: "Unknown placeholder",
            summary: "A {{placeholder}} whose name is not one the console can fill (order_id, product_name, asin, review_link, seller_name, delivery_date, buyer_name, marketplace).",
            rationale: "An unknown placeholder would reach the buyer empty or as raw braces.",
            policyURL: RuleCatalog.Source.faq, defaultLevel: .warning, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Hello {{customer_name}}, your manual is attached."),
                RuleCatalog.text("Your {{product}} ships today."),
                RuleCatalog.text("Order {{order_id}} for {{buyer_first_name}}."),
            ],
            nonTriggering: [
                RuleCatalog.text("Hello {{buyer_name}}, your manual for {{product_name}} is attached."),
                RuleCatalog.text("Order {{order_id}} ({{asin}}) was delivered on {{delivery_date}}."),
                RuleCatalog.text("Thanks from {{seller_name}} on {{marketplace}}."),
            ],
            fix: "Use one of: order_id, product_name, asin, review_link, seller_name, delivery_date, buyer_name, marketplace"),
    ]
}

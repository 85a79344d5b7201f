import AgencyPluginAPI

/// Every rule the guidelines checker reports, in catalogue order.
enum RuleCatalog {
    static let checker = "guidelines"

    static let all: [RuleDescriptor] = LinkRules.all + ContactRuleDescriptors.all + ContentRules.all
        + ReviewRuleDescriptors.all + HTMLRuleDescriptors.all + MetadataRuleDescriptors.all

    /// Policy sources (DOMAIN.md §0).
    enum Source {
        static let faq = "https://sellercentral.amazon.com/help/hub/reference/external/G200383320?locale=en-US"
        static let important = "https://sellercentral.amazon.sa/seller-forums/discussions/t/127a23ce-b7d7-48d3-b3c8-be5260ac8c12"
        static let permitted = "https://sellercentral.amazon.co.uk/seller-forums/discussions/t/0280ebb5-103d-41c8-a3a8-42d13097c519"
        static let reviews = "https://sellercentral.amazon.com/gp/help/external/G201972160"
        static let ecb = "https://www.ecommercebytes.com/C/abblog/blog.pl?/comments/2020/9/1599588424.html"
        static let zonmaster = "https://blog.zonmaster.com/2021/amazon-ai-identifies-non-compliant-emails"
        static let include = "https://www.ecomengine.com/help/what-can-i-include-in-my-emails"
        static let compliant = "https://www.ecomengine.com/en/help/are-my-emails-compliant-with-amazon-policy"
        static let sonemos = "https://sonemos.be/amazon-new-communication-guidelines-for-buyer-seller-messages"
        static let jungleScout = "https://www.junglescout.com/blog/amazon-updates-communication-guidelines/"
        static let cloudCommerce = "https://guide.cloudcommercegroup.com/en/articles/4480212-ccp-amazon-communication-guidelines-update"
        static let zonSupport = "https://www.zonsupport.com/amazon-messaging-update-sep-2020/"
        static let messagingModel = "https://github.com/amzn/selling-partner-api-models/blob/main/models/messaging-api-model/messaging.json"
    }

    /// Shorthand for a plain-text example.
    static func text(_ body: String, subject: String = "Your order {{order_id}}", type: String = "delivery-followup",
                     language: String = "en", attachments: [Attachment] = []) -> RuleExample {
        RuleExample(body, subject: subject, format: .text, type: type, language: language, attachments: attachments)
    }

    /// Shorthand for an HTML example.
    static func html(_ body: String, subject: String = "Your order {{order_id}}", type: String = "delivery-followup",
                     language: String = "en") -> RuleExample {
        RuleExample(body, subject: subject, format: .html, type: type, language: language)
    }
}

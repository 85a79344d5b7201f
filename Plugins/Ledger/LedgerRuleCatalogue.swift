import AgencyPluginAPI

/// The ledger rules of GUIDELINES.md §2, described once for `rules list/show`, reports and tests.
enum LedgerRuleCatalogue {
    static let checker = "ledger"
    static let guidelinesURL = "https://sellercentral.amazon.com/help/hub/reference/external/G1801"
    static let solicitationsURL = "https://developer-docs.amazon.com/sp-api/docs/solicitations-api-v1-reference"

    static func scenario(_ text: String, type: String = "review-request") -> RuleExample {
        RuleExample(text, subject: "", type: type)
    }

    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "review-request-once", name: "One review request per order",
            summary: "More than one review or feedback request for one order, across every channel.",
            rationale: "Amazon allows one request for a product review and/or seller feedback per order; Request a Review, the Solicitations API, a free-form request and another tool's sends all count, and a second one is a policy breach.",
            policyURL: solicitationsURL, checker: checker,
            triggering: [scenario("Request a Review on day 6, then a review request by message on day 14."),
                         scenario("Solicitations API request, then Request a Review for the same order.")],
            nonTriggering: [scenario("One review request plus a separate warranty message."),
                            scenario("One Request a Review on day 7.")],
            fix: "Send one review request per order and log every channel in the ledger."),
        RuleDescriptor(
            id: "review-window", name: "Review request window",
            summary: "A review request outside 5 days after the earliest to 30 days after the latest delivery date, or for an order not shipped.",
            rationale: "Request a Review and the Solicitations API only work from 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate, and only for Shipped orders; free-form requests follow the same window.",
            policyURL: solicitationsURL, checker: checker,
            triggering: [scenario("Solicitations API request 2 days after the earliest delivery date."),
                         scenario("Request a Review on a Canceled order."),
                         scenario("Request a Review 31 days after the latest delivery date.")],
            nonTriggering: [scenario("Request a Review on day 5 after the earliest delivery date."),
                            scenario("Review request 30 days after the latest delivery date.")],
            fix: "Send review requests between day 5 after the earliest and day 30 after the latest delivery date ('agency plan' shows when)."),
        RuleDescriptor(
            id: "proactive-window", name: "Proactive messages within 30 days",
            summary: "A proactive message more than 30 days after delivery (or after the latest delivery date when no delivery is recorded).",
            rationale: "Seller-initiated messages must go out within 30 days of order completion; replies to buyer questions are not limited.",
            policyURL: guidelinesURL, checker: checker,
            triggering: [scenario("Product instructions 35 days after delivery.", type: "product-instructions"),
                         scenario("Review request 41 days after delivery.")],
            nonTriggering: [scenario("Reply to a buyer question on day 60.", type: "buyer-reply"),
                            scenario("Warranty information 30 days after delivery.", type: "warranty-info")],
            fix: "Send proactive messages within 30 days of delivery."),
        RuleDescriptor(
            id: "opted-out", name: "Buyer opted out",
            summary: "A non-critical proactive message to a buyer who opted out of unsolicited messages.",
            rationale: "Buyers can opt out of unsolicited messages from every seller; only replies and critical messages (order problems, delivery scheduling, customisation, legal disclosures, ...) still reach them.",
            policyURL: guidelinesURL, checker: checker,
            triggering: [scenario("Review request by message to a buyer who opted out.")],
            nonTriggering: [scenario("Delivery-scheduling message to a buyer who opted out.", type: "delivery-scheduling"),
                            scenario("Order-problem message to a buyer who opted out.", type: "order-problem")],
            fix: "Do not send non-critical messages to buyers who opted out."),
        RuleDescriptor(
            id: "buyer-language", name: "Buyer's language",
            summary: "A message not in the buyer's language of preference, where that is known.",
            rationale: "Message text must be in the buyer's language of preference (which can differ from the marketplace's); Request a Review and Solicitations are translated by Amazon and so are exempt.",
            policyURL: guidelinesURL, checker: checker,
            triggering: [scenario("English review request by message to a buyer with locale es-US.")],
            nonTriggering: [scenario("Spanish template to a buyer with locale es-US."),
                            scenario("Request a Review to a buyer with locale es-US.")],
            fix: "Use a template in the buyer's language, or Request a Review, which Amazon translates."),
        RuleDescriptor(
            id: "one-message-per-order", name: "One proactive message per order",
            summary: "More than one proactive non-critical message per order (stricter than Amazon; a seller may switch it off).",
            rationale: "Agency policy, stricter than Amazon's: one post-purchase message per order per customer keeps buyers from feeling spammed. Critical messages (order problems, delivery scheduling, ...) and replies do not count.",
            policyURL: guidelinesURL, checker: checker,
            triggering: [scenario("Warranty information, then a review request, on one order.")],
            nonTriggering: [scenario("One review request per order."),
                            scenario("Delivery-scheduling message, then a review request.")],
            fix: "Send one proactive message per order, or switch the rule off for the seller (rules: one-message-per-order: off)."),
        RuleDescriptor(
            id: "daily-volume", name: "Daily message volume",
            summary: "More messages in one day than 5 × the seller's average daily orders over the last 7 days + 600.",
            rationale: "Amazon is reported to cap Buyer-Seller Messaging per day at 5 × the average daily orders of the last 7 days + 600 (vendor statements, unconfirmed).",
            policyURL: guidelinesURL, defaultLevel: .warning, checker: checker,
            triggering: [scenario("2,000 messages in one day at 100 orders a day.")],
            nonTriggering: [scenario("1,100 messages in one day at 100 orders a day.")],
            fix: "Spread sends over several days."),
        RuleDescriptor(
            id: "pii-retention", name: "Buyer data past retention",
            summary: "Buyer personal data still stored more than 30 days after delivery.",
            rationale: "Amazon's Data Protection Policy allows keeping buyer personal data no longer than 30 days after delivery.",
            policyURL: "https://sellercentral.amazon.com/mws/static/policy?documentType=DPP", defaultLevel: .warning, checker: checker,
            triggering: [scenario("Buyer name imported from getOrders, delivered 31 days ago.", type: "delivery-followup")],
            nonTriggering: [scenario("Buyer name imported from getOrders, delivered 10 days ago.", type: "delivery-followup")],
            fix: "Run 'agency purge'."),
    ]
}

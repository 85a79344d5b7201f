import AgencyPluginAPI

/// Descriptors of `review-incentive`, `review-manipulation` and `review-removal`.
enum ReviewRuleDescriptors {
    static let all: [RuleDescriptor] = [
        RuleDescriptor(
            id: "review-incentive", name: "Review incentive",
            summary: "Anything of value offered for a review or feedback: money, gift cards, refunds, rebates, free or discounted products, giveaways, future perks.",
            rationale: "Amazon's review policy forbids offering compensation of any kind for reviews or feedback.",
            policyURL: RuleCatalog.Source.reviews, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Leave a review and get a $10 gift card."),
                RuleCatalog.text("Post your review, send us a screenshot and we will refund 20% of the price."),
                RuleCatalog.text("Everyone who writes a review is entered into our monthly prize draw."),
                RuleCatalog.text("Als Dankeschön für Ihre Bewertung erhalten Sie einen Geschenkgutschein.", language: "de"),
                RuleCatalog.text("Laissez un avis et recevez un produit gratuit.", language: "fr"),
                RuleCatalog.text("Every reviewer receives a free cable organiser as a thank you."),
            ],
            nonTriggering: [
                RuleCatalog.text("We have refunded the broken item in full; sorry for the trouble.", type: "order-problem"),
                RuleCatalog.text("A free replacement is on its way. If you have a moment later, we would value your honest review."),
                RuleCatalog.text("Please share your honest opinion of the product in a review."),
                RuleCatalog.text("The bottle is BPA-free. Feel free to leave a review once you have tried it."),
                RuleCatalog.text("Hemos reembolsado el artículo dañado.", type: "order-problem", language: "es"),
            ],
            fix: "Remove the offer; a review request must not promise anything"),
        RuleDescriptor(
            id: "review-manipulation", name: "Review manipulation",
            summary: "Asking for positive or 5-star reviews, review gating (happy buyers review, unhappy ones contact us first), telling the buyer what to write, or pressure.",
            rationale: "Amazon forbids asking for positive reviews, asking only satisfied buyers, and influencing what buyers write.",
            policyURL: RuleCatalog.Source.reviews, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("We would love a 5-star review from you!"),
                RuleCatalog.text("If you love it, please leave a review. If not, contact us first so we can fix it."),
                RuleCatalog.text("If you are happy with your purchase, please leave us a review."),
                RuleCatalog.text("Our small business depends on your review to survive."),
                RuleCatalog.text("Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung mit fünf Sternen.", language: "de"),
                RuleCatalog.text("Lasciate una recensione positiva, grazie!", language: "it"),
            ],
            nonTriggering: [
                RuleCatalog.text("Please share your honest thoughts about your purchase in a review."),
                RuleCatalog.text("Whether positive or critical, we welcome your feedback on Amazon."),
                RuleCatalog.text("If you have any problem with the item, please contact us. We would also appreciate your honest review."),
                RuleCatalog.text("Nous serions ravis de lire votre avis honnête sur Amazon.", language: "fr"),
            ],
            fix: "Ask neutrally, e.g. \"Please share your honest thoughts about your purchase\""),
        RuleDescriptor(
            id: "review-removal", name: "Review removal request",
            summary: "Asking to remove, change, update, revise or reconsider a review or feedback, also after a fix.",
            rationale: "Amazon forbids asking buyers to change or remove reviews or feedback.",
            policyURL: RuleCatalog.Source.cloudCommerce, checker: RuleCatalog.checker,
            triggering: [
                RuleCatalog.text("Now that it's fixed, could you update your review?"),
                RuleCatalog.text("We'd be grateful if you would remove the negative feedback you left."),
                RuleCatalog.text("Would you reconsider your 1-star rating now that the replacement has arrived?"),
                RuleCatalog.text("Könnten Sie Ihre Bewertung bitte ändern?", language: "de"),
                RuleCatalog.text("¿Podría eliminar su valoración negativa?", language: "es"),
            ],
            nonTriggering: [
                RuleCatalog.text("Based on your feedback, we updated the instructions in the box."),
                RuleCatalog.text("Please share your honest review once you have used the product."),
                RuleCatalog.text("We will update you as soon as the replacement ships.", type: "order-problem"),
            ],
            fix: "Do not ask for a review to be changed; fix the problem and let the buyer decide"),
    ]
}

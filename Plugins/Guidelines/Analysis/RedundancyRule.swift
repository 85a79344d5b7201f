/// `redundant-message`: judged on the purpose of the whole body, not on single phrases.
///
/// Each sentence is a greeting or sign-off (ignored), filler (thanks, "your order has shipped",
/// "contact us if there is a problem"), or content. A body that is only filler is redundant;
/// one content sentence (a review ask, instructions, a question, an invoice...) gives it a purpose.
///
/// The declared type weighs in only where the content is unclear: in a message declared as an order
/// or shipping confirmation or a thank-you, a sentence gives a purpose only when it says what for
/// (`cue:purpose`, a review ask); in other messages any sentence of more than three words does.
enum RedundancyRule {
    /// Declared types whose content is judged by this rule.
    static let redundantTypes: Set<String> = ["order-confirmation", "shipping-confirmation", "thank-you"]

    static func check(_ body: FieldContext, hasAttachments: Bool, declaredType: String?,
                      otherRuleSentences: Set<Int>) -> [PendingFinding] {
        let declaredRedundant = declaredType.map(redundantTypes.contains) ?? false
        guard !hasAttachments, !body.text.bytes.isEmpty else { return [] }
        let rule = "redundant-message"
        let filler = body.sentencesWith(["cue:filler", "phrase:\(rule)"])
        let offers = contactOffers(body)
        // A message that only says how to reach the seller is "contact us if there is a problem" only.
        guard !filler.isEmpty || !offers.contact.isEmpty else { return [] }
        let purpose = purposeSentences(body)
        let courtesy = body.sentencesWith(["cue:courtesy"])
        for sentence in 0..<body.sentences.count {
            let range = body.sentences.range(of: sentence, length: body.text.bytes.count)
            if otherRuleSentences.contains(sentence) { return [] }
            // "Need help with setup? Call us...": a contact offer names a topic but gives no purpose.
            if purpose.contains(sentence) && !offers.help.contains(sentence) { return [] }
            if offers.contact.contains(sentence) || offers.help.contains(sentence) { continue }
            if filler.contains(sentence) || courtesy.contains(sentence) { continue }
            if !declaredRedundant, body.wordsBetween(range.lowerBound, range.upperBound) > 3 { return [] }
        }
        let first = [filler.min(), offers.help.min(), offers.contact.min()].compactMap { $0 }.min() ?? 0
        let offset = body.sentences.starts[first]
        return [body.finding(rule, "The message only confirms the order or shipment, says thank you, or offers help if there is a problem; Amazon already sends these", at: offset)]
    }

    /// Sentences that give the message a purpose (`cue:purpose`, a review ask or noun). A purpose cue
    /// inside a `cue:purpose-exception` does not count: "just checking in to make sure your order
    /// arrived" is a check-in, not a "make sure the valve is open" tip.
    static func purposeSentences(_ body: FieldContext) -> SentenceSet {
        var result = body.sentencesWith(["cue:review-ask", "cue:review-noun"])
        let exceptions = body.hits.cue("purpose-exception")
        for match in body.hits.cue("purpose")
        where !exceptions.contains(where: { $0.start < match.end && match.start < $0.end }) {
            result.insert(body.sentence(of: match))
        }
        return result
    }

    /// Sentences that only offer contact (`cue:contact-offer`: "call us", "our support line"), and the
    /// help questions that lead into one (`cue:help-offer` in that sentence or the one before it).
    static func contactOffers(_ body: FieldContext) -> (contact: SentenceSet, help: SentenceSet) {
        let contact = body.sentencesWith(["cue:contact-offer"])
        var help = SentenceSet(sentenceCount: body.sentences.count)
        guard !contact.isEmpty else { return (contact, help) }
        for match in body.hits.cue("help-offer") {
            let sentence = body.sentence(of: match)
            if contact.contains(sentence) || contact.contains(sentence + 1) { help.insert(sentence) }
        }
        return (contact, help)
    }
}

/// `redundant-message`: judged on the purpose of the whole body, not on single phrases.
///
/// Each sentence is a greeting or sign-off (ignored), filler (thanks, "your order has shipped",
/// "contact us if there is a problem"), or content. A body that is only filler is redundant;
/// one content sentence (a review ask, instructions, a question, an invoice...) gives it a purpose.
enum RedundancyRule {
    static func check(_ body: FieldContext, hasAttachments: Bool, otherRuleSentences: Set<Int>) -> [PendingFinding] {
        guard !hasAttachments, !body.text.bytes.isEmpty else { return [] }
        let rule = "redundant-message"
        let filler = body.sentencesWith(["cue:filler", "phrase:\(rule)"])
        guard !filler.isEmpty else { return [] }
        let purpose = body.sentencesWith(["cue:purpose", "cue:review-ask", "cue:review-noun"]).union(otherRuleSentences)
        let courtesy = body.sentencesWith(["cue:courtesy"])
        for sentence in 0..<body.sentences.count {
            let range = body.sentences.range(of: sentence, length: body.text.bytes.count)
            if purpose.contains(sentence) { return [] }
            if filler.contains(sentence) || courtesy.contains(sentence) { continue }
            if body.wordsBetween(range.lowerBound, range.upperBound) > 3 { return [] }
        }
        let first = filler.min() ?? 0
        let offset = body.sentences.starts[first]
        return [body.finding(rule, "The message only confirms the order or shipment, says thank you, or offers help if there is a problem; Amazon already sends these", at: offset)]
    }
}

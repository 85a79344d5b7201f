/// The review rules, which need structure as well as phrases:
/// removal (a change verb next to a review noun), manipulation (positive asks, gating across
/// sentences, pressure, scripting) and incentives (something of value tied to a review).
enum ReviewRules {
    /// Sentences holding a request to change or remove a review, with the findings.
    static func removal(_ field: FieldContext) -> (findings: [PendingFinding], sentences: Set<Int>) {
        let rule = "review-removal"
        var findings: [PendingFinding] = []
        var sentences = Set<Int>()
        func add(_ offset: Int, _ quote: String) {
            let sentence = field.sentences.sentence(at: offset)
            guard sentences.insert(sentence).inserted else { return }
            findings.append(field.finding(rule, "Asks the buyer to change or remove a review or feedback: \"\(quote)\"", at: offset))
        }
        for match in field.hits.triggers(rule) { add(match.start, field.quote(match)) }
        // A change verb on a pronoun ("could you delete it?", "la supprimer") in the sentence that
        // names the review or the one after it.
        let pronouns = field.hits.cue("removal-pronoun")
        if !pronouns.isEmpty {
            let reviewSentences = field.sentencesWith(["cue:review-noun", "cue:own-review"])
            for match in pronouns {
                let sentence = field.sentence(of: match)
                if reviewSentences.contains(sentence) || reviewSentences.contains(sentence - 1) { add(match.start, field.quote(match)) }
            }
        }
        let verbs = field.hits.cue("removal-verb")
        guard !verbs.isEmpty else { return (findings, sentences) }
        let nouns = field.hits.cue("review-noun") + field.hits.cue("own-review")
        let nounFirst = field.hits.pack.option("noun-before-verb", of: rule) == "true"
        let window = Int(field.hits.pack.option("window", of: rule) ?? "") ?? 4
        for verb in verbs {
            let sentence = field.sentence(of: verb)
            for noun in nouns where field.sentence(of: noun) == sentence {
                if noun.start >= verb.end && field.wordsBetween(verb.end, noun.start) <= window {
                    add(verb.start, field.text.string(verb.start..<noun.end))
                } else if nounFirst && verb.start >= noun.end && field.wordsBetween(noun.end, verb.start) <= window {
                    add(noun.start, field.text.string(noun.start..<verb.end))
                }
            }
        }
        return (findings, sentences)
    }

    static func manipulation(_ field: FieldContext, skipping removalSentences: Set<Int>) -> [PendingFinding] {
        let rule = "review-manipulation"
        var findings: [PendingFinding] = []
        var reported = Set<Int>()
        let neutral = field.sentencesWith(["cue:both-outcomes"])
        func add(_ offset: Int, _ message: String) {
            let sentence = field.sentences.sentence(at: offset)
            guard !removalSentences.contains(sentence), reported.insert(sentence).inserted else { return }
            findings.append(field.finding(rule, message, at: offset))
        }
        for match in field.hits.triggers(rule) {
            add(match.start, "Asks for a positive review or feedback: \"\(field.quote(match))\"")
        }
        let reviewSentences = field.sentencesWith(["cue:review-noun", "cue:review-ask"])
        let askSentences = field.sentencesWith(["cue:review-ask"])
        guard !reviewSentences.isEmpty else { return findings }

        // Gating: a positive condition ("if you are happy") with a review ask in the same or next sentence.
        for condition in positiveConditions(field) {
            let sentence = field.sentences.sentence(at: condition.start)
            guard !neutral.contains(sentence) else { continue }
            if reviewSentences.contains(sentence) || askSentences.contains(sentence + 1) {
                add(condition.start, "Asks only satisfied buyers for a review (review gating): \"\(field.quote(condition))\"")
            }
        }
        // Gating as a yes/no question answered by a "then": "Happy with your new mat? Then leave us
        // a review!", "Du bist zufrieden mit ...? Dann lass uns ...". Without the "then" the question
        // may just open a neutral ask ("Satisfied with it? An honest review would help"); open
        // questions ("How are you enjoying it?", `cue:open-question`) never gate.
        let consequences = field.hits.cue("consequence")
        if !consequences.isEmpty {
            for state in positiveQuestions(field) {
                let sentence = field.sentence(of: state)
                guard !neutral.contains(sentence), !neutral.contains(sentence + 1), reviewSentences.contains(sentence + 1) else { continue }
                let next = field.sentences.range(of: sentence + 1, length: field.text.bytes.count)
                let answered = consequences.contains { match in
                    next.contains(match.start) && field.wordsBetween(next.lowerBound, match.start) <= 1
                }
                if answered {
                    add(state.start, "Asks only satisfied buyers for a review (review gating): \"\(field.quote(state))\"")
                }
            }
        }
        // Contact-first alternative next to a review ask: "if not, contact us before leaving a review".
        for match in field.hits.cue("contact-first") {
            let sentence = field.sentence(of: match)
            guard !neutral.contains(sentence) else { continue }
            if (sentence - 2...sentence + 2).contains(where: reviewSentences.contains) {
                add(match.start, "Asks unhappy buyers to contact the seller instead of reviewing (review gating): \"\(field.quote(match))\"")
            }
        }
        // Pressure tied to a review in the same sentence. A pressure word right after the buyer's
        // choice (`cue:buyer-choice`: "lo que escribas depende de ti", "cosa scrivere dipende da te")
        // leaves the review to the buyer instead.
        let choices = field.hits.cue("buyer-choice")
        for match in field.hits.cue("pressure") where reviewSentences.contains(field.sentence(of: match)) {
            if choices.contains(where: { choice in
                choice.end <= match.start && field.sentence(of: choice) == field.sentence(of: match)
                    && field.wordsBetween(choice.end, match.start) <= 1
            }) { continue }
            add(match.start, "Pressures the buyer to review: \"\(field.quote(match))\"")
        }
        // Scripting in the review sentence or the one right after it: "Would you write a review?
        // It would be great if you could mention how quiet it is."
        for match in field.hits.cue("instruct") {
            let sentence = field.sentence(of: match)
            if reviewSentences.contains(sentence) || reviewSentences.contains(sentence - 1) {
                add(match.start, "Tells the buyer what to write in a review: \"\(field.quote(match))\"")
            }
        }
        return findings
    }

    /// "if" + a positive state within a few words and with no negation between, plus fixed phrases.
    static func positiveConditions(_ field: FieldContext) -> [PhraseMatch] {
        var result = field.hits.cue("positive-condition")
        let states = field.hits.cue("positive-state")
        guard !states.isEmpty else { return result }
        let negations = field.hits.cue("negation")
        let window = Int(field.hits.pack.option("condition-window", of: "review-manipulation") ?? "") ?? 6
        for condition in field.hits.cue("condition") {
            let sentence = field.sentence(of: condition)
            for state in states where state.start >= condition.end && field.sentence(of: state) == sentence
                && field.wordsBetween(condition.end, state.start) <= window
                && !field.text.bytes[condition.end..<state.start].contains(where: { $0 == 0x2C || $0 == 0x3B }) {
                let negated = negations.contains { $0.start >= condition.start && $0.end <= state.end }
                if !negated {
                    result.append(PhraseMatch(tag: condition.tag, start: condition.start, end: state.end))
                    break
                }
            }
        }
        return result
    }

    /// Positive states (`cue:positive-state`) in a sentence that is a yes/no question: it ends with
    /// `?`, holds no open-question word and no negation before the state.
    static func positiveQuestions(_ field: FieldContext) -> [PhraseMatch] {
        let states = field.hits.cue("positive-state")
        guard !states.isEmpty else { return [] }
        let open = field.sentencesWith(["cue:open-question"])
        let negations = field.hits.cue("negation")
        let bytes = field.text.bytes
        var result: [PhraseMatch] = []
        var seen = Set<Int>()
        for state in states {
            let sentence = field.sentence(of: state)
            guard !open.contains(sentence), !seen.contains(sentence) else { continue }
            let range = field.sentences.range(of: sentence, length: bytes.count)
            var last = range.upperBound - 1
            while last >= range.lowerBound, bytes[last] == 0x20 || bytes[last] == 0x0A { last -= 1 }
            guard last >= range.lowerBound, bytes[last] == 0x3F else { continue }
            if negations.contains(where: { $0.start >= range.lowerBound && $0.end <= state.end }) { continue }
            seen.insert(sentence)
            result.append(state)
        }
        return result
    }

    static func incentive(_ field: FieldContext) -> [PendingFinding] {
        let rule = "review-incentive"
        var findings: [PendingFinding] = []
        var reported = Set<Int>()
        func add(_ offset: Int, _ quote: String) {
            guard reported.insert(field.sentences.sentence(at: offset)).inserted else { return }
            findings.append(field.finding(rule, "Offers something of value for a review or feedback: \"\(quote)\"", at: offset))
        }
        for match in field.hits.triggers(rule) { add(match.start, field.quote(match)) }
        let reviewSentences = field.sentencesWith(["cue:review-noun", "cue:review-ask"])
        guard !reviewSentences.isEmpty else {
            for match in FreeValue.offers(field) { add(match.start, field.quote(match)) }
            return findings
        }
        let tieSentences = field.sentencesWith(["cue:tie"])
        for match in field.hits.cue("value-strong") {
            let sentence = field.sentence(of: match)
            if reviewSentences.contains(sentence) {
                add(match.start, field.quote(match))
            } else if (reviewSentences.contains(sentence - 1) || reviewSentences.contains(sentence + 1))
                        && (tieSentences.contains(sentence) || tieSentences.contains(sentence - 1) || tieSentences.contains(sentence + 1)) {
                add(match.start, field.quote(match))
            }
        }
        for match in field.hits.cue("value-weak") {
            let sentence = field.sentence(of: match)
            let nearReview = reviewSentences.contains(sentence)
                || ((reviewSentences.contains(sentence - 1) || reviewSentences.contains(sentence + 1)) && tieSentences.contains(sentence))
            if nearReview && tieSentences.contains(sentence) { add(match.start, field.quote(match)) }
        }
        for match in FreeValue.offers(field) { add(match.start, field.quote(match)) }
        return findings
    }
}

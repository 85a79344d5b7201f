/// "free" + a thing ("every reviewer receives a free phone stand") as something of value for a review.
///
/// `cue:free-word` is the word (`free`); `cue:free-exception` cancels it ("feel free", "free of charge");
/// a hyphen before it is a compound ("BPA-free", "toll-free"). It counts only with a review tie
/// (`cue:tie`) in its sentence and a review, or a reviewer (`cue:reviewer`), in that sentence or next to it.
enum FreeValue {
    static func offers(_ field: FieldContext) -> [PhraseMatch] {
        let words = field.hits.cue("free-word")
        guard !words.isEmpty else { return [] }
        let ties = field.sentencesWith(["cue:tie"])
        guard !ties.isEmpty else { return [] }
        let reviews = field.sentencesWith(["cue:review-noun", "cue:review-ask", "cue:reviewer"])
        let exceptions = field.hits.cue("free-exception")
        let needsNoun = field.hits.pack.option("free-before-noun", of: "review-incentive") == "true"
        let bytes = field.text.bytes
        var result: [PhraseMatch] = []
        for match in words {
            let sentence = field.sentence(of: match)
            guard ties.contains(sentence), (sentence - 1...sentence + 1).contains(where: reviews.contains) else { continue }
            if match.start > 0 && bytes[match.start - 1] == 0x2D { continue }
            if exceptions.contains(where: { $0.start < match.end && match.start < $0.end }) { continue }
            if needsNoun && !followedByWord(bytes, match.end) { continue }
            result.append(match)
        }
        return result
    }

    /// A space, then a letter: "free phone stand", not "free." or "free!".
    private static func followedByWord(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end + 1 < bytes.count, bytes[end] == 0x20 else { return false }
        return ByteClass.isASCIILetter(bytes[end + 1]) || bytes[end + 1] >= 0x80
    }
}

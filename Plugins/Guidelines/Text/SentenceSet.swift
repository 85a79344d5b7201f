/// A set of sentence indexes of one text, as one flag per sentence (cheaper than `Set<Int>` for
/// the many "which sentences hold a cue" questions the structural rules ask).
struct SentenceSet: Sendable {
    private var flags: [Bool]
    private(set) var isEmpty = true

    init(sentenceCount: Int) {
        flags = [Bool](repeating: false, count: sentenceCount)
    }

    /// Whether `sentence` is in the set; indexes outside the text are not.
    func contains(_ sentence: Int) -> Bool {
        sentence >= 0 && sentence < flags.count && flags[sentence]
    }

    mutating func insert(_ sentence: Int) {
        guard sentence >= 0 && sentence < flags.count else { return }
        flags[sentence] = true
        isEmpty = false
    }

    /// This set plus `others` (indexes outside the text are dropped: no sentence asks for them).
    func union(_ others: Set<Int>) -> SentenceSet {
        var result = self
        for sentence in others { result.insert(sentence) }
        return result
    }

    /// The lowest index in the set.
    func min() -> Int? { flags.firstIndex(of: true) }
}

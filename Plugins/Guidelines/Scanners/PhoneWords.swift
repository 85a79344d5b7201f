/// The words (from the packs' `phone-words`) that make a number just after them a phone number.
struct PhoneWords: Sendable {
    /// Lower case, without duplicates, in pack order.
    let strings: [String]
    /// The same words as UTF-8, for byte comparisons.
    let bytes: [[UInt8]]
    /// Indexes into `bytes` by the word's first byte, so a text position is compared only with the
    /// words that can start there.
    let byFirstByte: [[Int]]

    init(_ words: [String]) {
        var seen = Set<String>()
        strings = words.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
        bytes = strings.map { Array($0.utf8) }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for (index, word) in bytes.enumerated() {
            if let first = word.first { byFirstByte[Int(first)].append(index) }
        }
        self.byFirstByte = byFirstByte
    }
}

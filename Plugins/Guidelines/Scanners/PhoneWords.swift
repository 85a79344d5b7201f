/// The words (from the packs' `phone-words`) that make a number just after them a phone number.
struct PhoneWords: Sendable {
    /// Lower case, without duplicates, in pack order.
    let strings: [String]
    /// The same words as UTF-8, for byte comparisons.
    let bytes: [[UInt8]]

    init(_ words: [String]) {
        var seen = Set<String>()
        strings = words.map { $0.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
        bytes = strings.map { Array($0.utf8) }
    }
}

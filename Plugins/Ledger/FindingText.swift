import AgencyPluginAPI

/// A finding's message built as UTF-8 bytes in one buffer reserved up front, then made a `String`
/// once. The audit writes hundreds of thousands of ledger findings, and building each message by
/// string interpolation cost more than all of the order's rules.
struct FindingText {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(192) }

    /// Appends literal text.
    mutating func add(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a string's text.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a local day number as `yyyy-MM-dd`.
    mutating func add(day: Int64) { LocalDays.append(day: day, to: &bytes) }

    /// Appends an integer in decimal (day counts: short strings, no allocation).
    mutating func add(number: Int64) { add(String(number)) }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text `build` writes.
    static func make(_ build: (inout FindingText) -> Void) -> String {
        var text = FindingText()
        build(&text)
        return text.string
    }
}

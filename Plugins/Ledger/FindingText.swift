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
    mutating func add(day: Int64) {
        let (year, month, dayOfMonth) = LocalDays.civil(day)
        guard (0...9999).contains(year) else { return add(LocalDays.string(day: day)) }
        func digit(_ value: Int64) { bytes.append(UInt8(truncatingIfNeeded: 48 + value)) }
        digit(year / 1000)
        digit(year / 100 % 10)
        digit(year / 10 % 10)
        digit(year % 10)
        bytes.append(UInt8(ascii: "-"))
        digit(month / 10)
        digit(month % 10)
        bytes.append(UInt8(ascii: "-"))
        digit(dayOfMonth / 10)
        digit(dayOfMonth % 10)
    }

    /// Appends an integer in decimal.
    mutating func add(number: Int64) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // Most significant digit first, so nothing is written twice.
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text `build` writes.
    static func make(_ build: (inout FindingText) -> Void) -> String {
        var text = FindingText()
        build(&text)
        return text.string
    }
}

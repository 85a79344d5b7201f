/// Writes JSON text through a raw pointer into space its caller sized for the worst case (every
/// byte of every string escaped as `\u00XX`), so each piece costs a copy and nothing else: no
/// capacity or uniqueness check per append. `ReportFormatting` wraps it.
struct JSONByteWriter {
    let start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(start: UnsafeMutablePointer<UInt8>) { self.start = start }

    /// The most bytes `string` can take for text of `utf8Count` bytes, quotes included.
    static func worstCase(utf8Count: Int) -> Int { utf8Count * 6 + 2 }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func byte(_ value: UInt8) {
        start[count] = value
        count += 1
    }

    mutating func bytes(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        (start + count).update(from: base, count: source.count)
        count += source.count
    }

    mutating func literal(_ text: StaticString) {
        bytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `value` in decimal, most significant digit first.
    mutating func decimal(_ value: Int64) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            byte(UInt8(truncatingIfNeeded: 48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// `text` as a quoted JSON string: copied in one piece when nothing in it needs escaping
    /// (`ReportFormatting.containsJSONEscape`; `knownPlain`: the caller found nothing already),
    /// else escaped byte by byte.
    mutating func string(_ text: String, knownPlain: Bool = false) {
        var text = text
        text.withUTF8 { utf8 in
            byte(UInt8(ascii: "\""))
            if !knownPlain, ReportFormatting.containsJSONEscape(utf8) { escaped(utf8) } else { bytes(utf8) }
            byte(UInt8(ascii: "\""))
        }
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        func escape(_ byte: UInt8) {
            self.byte(92)
            self.byte(byte)
        }
        var index = 0
        while index < utf8.count {
            let value = utf8[index]
            switch value {
            case UInt8(ascii: "\""): escape(34)
            case UInt8(ascii: "\\"): escape(92)
            case UInt8(ascii: "\n"): escape(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escape(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escape(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                escape(UInt8(ascii: "u"))
                byte(48)
                byte(48)
                byte(Self.hexDigit(value >> 4))
                byte(Self.hexDigit(value & 0xF))
            // U+2028/2029 are valid JSON but break JavaScript that embeds it; escape them too.
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape(UInt8(ascii: "u"))
                byte(UInt8(ascii: "2"))
                byte(UInt8(ascii: "0"))
                byte(UInt8(ascii: "2"))
                byte(utf8[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 2
            default:
                byte(value)
            }
            index += 1
        }
    }

    /// The lowercase hexadecimal digit of `value` (0 to 15).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 48 + value : 87 + value
    }
}

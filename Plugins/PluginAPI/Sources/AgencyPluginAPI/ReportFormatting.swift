import Foundation

/// Small text helpers that every exporter needs: escaping for XML/HTML, JSON and CSV,
/// locations and totals worded the same way in every human-readable format.
///
/// Plugins may depend only on the plugin API, so what several exporters share lives here.
public enum ReportFormatting {
    /// `text` escaped for XML or HTML element content (`&`, `<`, `>`, `"`, `'`; CR as `&#13;`
    /// so a parser does not fold CRLF into LF).
    ///
    /// Characters XML 1.0 forbids (control characters other than tab, LF and CR) become U+FFFD,
    /// so a stray control byte in a template never makes the report unparseable.
    public static func xmlEscaped(_ text: String) -> String {
        escapeXML(text, attribute: false)
    }

    /// `text` escaped for an XML or HTML attribute value in double or single quotes; tab, LF
    /// and CR become character references so attribute normalisation keeps them.
    public static func xmlAttribute(_ text: String) -> String {
        escapeXML(text, attribute: true)
    }

    private static func escapeXML(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n": if attribute { out += "&#10;" } else { out.unicodeScalars.append(scalar) }
            case "\t": if attribute { out += "&#9;" } else { out.unicodeScalars.append(scalar) }
            default:
                let value = scalar.value
                let forbidden = value < 0x20 || (0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// `text` as a quoted JSON string literal (RFC 8259), with control characters escaped.
    public static func jsonString(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendJSONString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a quoted JSON string literal to `bytes`: text that needs no escaping
    /// (most of it) is copied in one piece.
    public static func appendJSONString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // `withUTF8` also gives short (inline) strings as contiguous bytes, without an array.
        var text = text
        text.withUTF8 { utf8 in
            if !containsJSONEscape(utf8) {
                bytes.append(contentsOf: utf8)
            } else {
                appendJSONEscaped(utf8, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes that JSON, or JavaScript embedding JSON (U+2028/2029 start with 0xE2), needs escaped.
    @inline(__always)
    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
    }

    /// Whether any byte of `utf8` needs escaping: eight bytes at a time (the classic "word has a
    /// zero byte" tests), the rest one by one. Reports write millions of strings; most need none.
    static func containsJSONEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= utf8.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte below 0x20: subtracting 0x20 borrows into its high bit while the byte's own high bit is clear.
            let control = (word &- ones &* 0x20) & ~word & highs != 0
            if control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
                || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xE2)) {
                return true
            }
            index += 8
        }
        while index < utf8.count {
            if needsJSONEscape(utf8[index]) { return true }
            index += 1
        }
        return false
    }

    private static func appendJSONEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Byte by byte, not through array literals, which would allocate for every escape.
        func escaped(_ byte: UInt8) {
            bytes.append(92)
            bytes.append(byte)
        }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): escaped(34)
            case UInt8(ascii: "\\"): escaped(92)
            case UInt8(ascii: "\n"): escaped(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escaped(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escaped(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                escaped(UInt8(ascii: "u"))
                bytes.append(48)
                bytes.append(48)
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0xF))
            // U+2028/2029 are valid JSON but break JavaScript that embeds it; escape them too.
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escaped(UInt8(ascii: "u"))
                bytes.append(UInt8(ascii: "2"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "2"))
                bytes.append(utf8[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 2
            default:
                bytes.append(byte)
            }
            index += 1
        }
    }

    /// The lowercase hexadecimal digit of `value` (0 to 15).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 48 + value : 87 + value
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, quotes doubled.
    public static func csvField(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A finding's key/value pairs as JSON, in the order of the findings contract (ARCHITECTURE §5);
    /// absent values are left out. Shared by the `json` and `jsonl` formats.
    public static func jsonObject(_ finding: Finding) -> String {
        var bytes: [UInt8] = []
        appendJSONObject(finding, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `jsonObject(finding)` to `bytes`, for writers that build their output as bytes.
    ///
    /// Reports can hold hundreds of thousands of findings, so each key goes in as one literal with
    /// its separator, the severity as a literal and numbers digit by digit, into space reserved once.
    public static func appendJSONObject(_ finding: Finding, to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + 224 + finding.message.utf8.count + (finding.excerpt?.utf8.count ?? 0))
        func literal(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func add(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            literal(key)
            appendJSONString(value, to: &bytes)
        }
        func add(_ key: StaticString, _ value: Int64?) {
            guard let value else { return }
            literal(key)
            appendDecimal(value, to: &bytes)
        }
        // `rule` is always there, so every later key starts with its separator.
        literal("{\"rule\": ")
        appendJSONString(finding.rule, to: &bytes)
        switch finding.severity {
        case .off: literal(", \"severity\": \"off\"")
        case .note: literal(", \"severity\": \"note\"")
        case .warning: literal(", \"severity\": \"warning\"")
        case .error: literal(", \"severity\": \"error\"")
        }
        add(", \"file\": ", finding.file)
        add(", \"seller\": ", finding.seller)
        add(", \"template\": ", finding.template)
        add(", \"field\": ", finding.field)
        add(", \"line\": ", finding.line.map(Int64.init))
        add(", \"column\": ", finding.column.map(Int64.init))
        add(", \"message\": ", finding.message)
        add(", \"excerpt\": ", finding.excerpt)
        add(", \"excerpt_column\": ", finding.excerptColumn.map(Int64.init))
        add(", \"order\": ", finding.order)
        add(", \"message_id\": ", finding.messageID)
        add(", \"fix\": ", finding.fix)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends `value` in decimal.
    static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Most significant digit first, so nothing is written twice.
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// A table row as a JSON object keyed by column; a missing value is `null`.
    public static func jsonObject(columns: [String], row: [String?]) -> String {
        let pairs = columns.indices.map { index -> String in
            let value = index < row.count ? row[index] : nil
            return "\(jsonString(columns[index])): \(value.map(jsonString) ?? "null")"
        }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    /// Where a finding points, for people: `file:line:column` for message findings,
    /// `seller order ORDER` (plus the message id) for ledger findings.
    public static func location(of finding: Finding) -> String {
        if let order = finding.order {
            var text = (finding.seller.map { "\($0) " } ?? "") + "order \(order)"
            if let id = finding.messageID { text += " message \(id)" }
            return text
        }
        var text = finding.file ?? finding.seller ?? finding.template ?? "-"
        if let line = finding.line {
            text += ":\(line)"
            if let column = finding.column { text += ":\(column)" }
        }
        return text
    }

    /// `1 error`, `0 notes`: a count with its noun in the right number.
    public static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The closing totals line: `3 errors, 1 warning, 0 notes in 12 files`.
    public static func totals(_ summary: ReportSummary) -> String {
        "\(counted(summary.errors, "error")), \(counted(summary.warnings, "warning")), "
            + "\(counted(summary.notes, "note")) in \(counted(summary.files, "file"))"
    }

    /// `url` when it is a web address (`https:` or `http:`), the only kind reports turn into
    /// links; anything else (`javascript:`, a bare path) is nil.
    public static func webURL(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    /// The name that groups findings without a seller (plain files checked outside a workspace).
    public static let noSeller = "(no seller)"

    /// A date as ISO 8601 in UTC with seconds, e.g. `2025-03-01T09:30:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONByteWriter.worstCase(utf8Count: text.utf8.count)) { space in
            guard let start = space.baseAddress else { return }
            var writer = JSONByteWriter(start: start)
            writer.string(text)
            bytes.append(contentsOf: writer.written)
        }
    }

    /// Whether any byte of `utf8` needs escaping for JSON, or for JavaScript embedding JSON
    /// (U+2028/2029 start with 0xE2): eight bytes at a time (the classic "word has a zero byte"
    /// tests); the bytes left over are tested as the text's last eight bytes, or, in a text shorter
    /// than a word, padded with a byte that needs none. Reports write millions of strings; most
    /// need no escaping, and most are shorter than a few words.
    static func containsJSONEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // High bit set in a byte of the result where that byte of `word` is zero (or, past a borrow, maybe after one).
        @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
        @inline(__always) func needsEscape(_ word: UInt64) -> Bool {
            // A byte below 0x20: subtracting 0x20 borrows into its high bit while the byte's own high bit is clear.
            // The five tests are or-ed and tested once: a false alarm only means the careful escaping path.
            ((word &- ones &* 0x20) & ~word | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
                | zeroBytes(word ^ (ones &* 0x7F)) | zeroBytes(word ^ (ones &* 0xE2))) & highs != 0
        }
        let raw = UnsafeRawPointer(base)
        let count = utf8.count
        var index = 0
        while index &+ 8 <= count {
            if needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
            index &+= 8
        }
        guard index < count else { return false }
        // The last eight bytes again (overlapping the word before), or a short text padded to a word.
        if count >= 8 { return needsEscape(raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) }
        var tail = ones &* 0x41
        withUnsafeMutableBytes(of: &tail) { $0.baseAddress?.copyMemory(from: raw + index, byteCount: count &- index) }
        return needsEscape(tail)
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
    /// Reports can hold hundreds of thousands of findings, so the object is written through a raw
    /// pointer into space sized for the worst case (each key one literal with its separator, the
    /// severity a literal, numbers digit by digit), then appended to `bytes` in one copy. Most
    /// findings need no escaping: that is checked first, and they are written into a small space on
    /// the stack (the worst case of escaping every byte needs a heap allocation).
    public static func appendJSONObject(_ finding: Finding, to bytes: inout [UInt8]) {
        func length(_ text: String?) -> Int { text?.utf8.count ?? 0 }
        let textBytes = finding.rule.utf8.count + finding.message.utf8.count + length(finding.file) + length(finding.seller)
            + length(finding.template) + length(finding.field) + length(finding.excerpt) + length(finding.order) + length(finding.fix)
        // Keys with their separators take 184 bytes, quotes 18, four numbers 80 at most.
        let fixedBytes = 320, smallSpace = 1024
        let plain = textBytes + fixedBytes <= smallSpace && !needsEscaping(finding)
        // Unescaped, or else every string grown six times.
        let capacity = plain ? smallSpace : JSONByteWriter.worstCase(utf8Count: textBytes) + fixedBytes
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { space in
            guard let start = space.baseAddress else { return }
            var writer = JSONByteWriter(start: start)
            writeJSONObject(finding, to: &writer, plain: plain)
            bytes.append(contentsOf: writer.written)
        }
    }

    /// Whether any of the finding's strings needs escaping.
    private static func needsEscaping(_ finding: Finding) -> Bool {
        func escapes(_ text: String?) -> Bool {
            guard var text else { return false }
            return text.withUTF8 { containsJSONEscape($0) }
        }
        return escapes(finding.rule) || escapes(finding.message) || escapes(finding.file) || escapes(finding.seller)
            || escapes(finding.template) || escapes(finding.field) || escapes(finding.excerpt) || escapes(finding.order)
            || escapes(finding.fix)
    }

    /// `plain`: no string needs escaping (they are copied as they are).
    private static func writeJSONObject(_ finding: Finding, to writer: inout JSONByteWriter, plain: Bool) {
        func add(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            writer.literal(key)
            writer.string(value, knownPlain: plain)
        }
        func add(_ key: StaticString, _ value: Int64?) {
            guard let value else { return }
            writer.literal(key)
            writer.decimal(value)
        }
        // `rule` is always there, so every later key starts with its separator.
        writer.literal("{\"rule\": ")
        writer.string(finding.rule, knownPlain: plain)
        switch finding.severity {
        case .off: writer.literal(", \"severity\": \"off\"")
        case .note: writer.literal(", \"severity\": \"note\"")
        case .warning: writer.literal(", \"severity\": \"warning\"")
        case .error: writer.literal(", \"severity\": \"error\"")
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
        writer.byte(UInt8(ascii: "}"))
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

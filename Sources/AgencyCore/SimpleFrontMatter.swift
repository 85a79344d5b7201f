/// Front matter made only of `key: value` lines, read without a YAML parser.
///
/// Most templates' front matter is a handful of one-line scalars (`subject: "Order {{order_id}}"`,
/// `type: review-request`). Those are read here byte by byte; anything this reader does not fully
/// understand (lists, comments, blank or indented lines, escapes, repeated keys, tabs, control
/// characters, most non-ASCII) makes `parse` return nil, and the caller reads the front matter with
/// Yams as before, which gives the same values and reports every error with its line.
struct SimpleFrontMatter {
    /// One `key: value` line.
    struct Entry {
        var key: Substring
        var value: String
        /// 1-based file line of the key.
        var line: Int
        /// 1-based column where the value's node starts (its opening quote, when quoted), as Yams reports it.
        var column: Int
        /// The value is in quotes (so its text starts one column later).
        var quoted: Bool
    }

    var entries: [Entry]

    /// The value of `key`, if present.
    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Reads `lines` (the front matter without its `---` lines); `firstLine` is the file line of the first.
    /// Returns nil unless every line is a simple `key: value` with a key from `allowed`, each key once.
    static func parse(_ lines: ArraySlice<Substring>, firstLine: Int, allowed: Set<String>) -> SimpleFrontMatter? {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated() {
            guard let entry = Self.entry(line, number: firstLine + offset),
                  allowed.contains(String(entry.key)),
                  !entries.contains(where: { $0.key == entry.key }) else { return nil }
            entries.append(entry)
        }
        return SimpleFrontMatter(entries: entries)
    }

    /// One line as `key: value`, or nil when it is anything else.
    private static func entry(_ line: Substring, number: Int) -> Entry? {
        let utf8 = line.utf8
        let bytes = Array(utf8)
        let count = bytes.count
        var index = 0
        // Key: ASCII letters, digits, `-` and `_`, starting with a letter at column 1.
        guard count > 0, isASCIILetter(bytes[0]) else { return nil }
        while index < count && (isASCIILetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == 0x2D || bytes[index] == 0x5F) {
            index += 1
        }
        let keyEnd = index
        // `:` then at least one space.
        guard index + 1 < count, bytes[index] == 0x3A, bytes[index + 1] == 0x20 else { return nil }
        index += 1
        while index < count && bytes[index] == 0x20 { index += 1 }
        guard index < count else { return nil }
        let valueStart = index
        let column = valueStart + 1
        let first = bytes[valueStart]
        let content: Range<Int>
        if first == 0x22 || first == 0x27 {
            // Quoted on one line: no escapes, no quote of the same kind inside, nothing after the closing quote.
            guard count - valueStart >= 2, bytes[count - 1] == first else { return nil }
            content = (valueStart + 1)..<(count - 1)
            for position in content where bytes[position] == first || bytes[position] == 0x5C { return nil }
        } else {
            // Plain: starts with a letter or digit, no `:` or `#`, no quotes or brackets, no trailing space.
            guard isASCIILetter(first) || isDigit(first), bytes[count - 1] != 0x20 else { return nil }
            content = valueStart..<count
            for position in content {
                switch bytes[position] {
                case 0x3A, 0x23, 0x22, 0x27, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x5C: return nil
                default: continue
                }
            }
        }
        guard isSimpleText(bytes, content) else { return nil }
        let key = line[line.startIndex..<utf8.index(line.startIndex, offsetBy: keyEnd)]
        let value = String(decoding: bytes[content], as: UTF8.self)
        return Entry(key: key, value: value, line: number, column: column, quoted: first == 0x22 || first == 0x27)
    }

    /// Printable ASCII, and only those multi-byte characters that YAML treats as printable and never as
    /// a line break or byte order mark (2-byte sequences from U+00C0, 3-byte ones from U+3000 to U+CFFF
    /// and U+E000 to U+EFFF); anything else is left to Yams.
    private static func isSimpleText(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC3...0xDF: length = 2
            case 0xE3...0xEC, 0xEE: length = 3
            default: return false
            }
            guard index + length <= range.upperBound else { return false }
            for next in (index + 1)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

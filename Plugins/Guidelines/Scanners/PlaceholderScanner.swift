#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Finds `{{placeholder}}` names and Amazon order ids in raw field text.
enum PlaceholderScanner {
    /// Placeholder names a template may use.
    static let known: Set<String> = [
        "order_id", "product_name", "asin", "review_link", "seller_name", "delivery_date", "buyer_name", "marketplace",
    ]

    /// The known names as bytes, so a name is checked without building a string.
    private static let knownBytes: [[UInt8]] = known.map { Array($0.utf8) }

    /// Whether the name at `range` of `bytes` is a known placeholder name.
    static func isKnown(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        for name in knownBytes where name.count == count {
            var equal = true
            var position = range.lowerBound
            for byte in name {
                if bytes[position] != byte {
                    equal = false
                    break
                }
                position += 1
            }
            if equal { return true }
        }
        return false
    }

    /// Whether `text` holds a `{{name}}` placeholder.
    static func containsPlaceholder(named wanted: String, in text: String) -> Bool {
        let target = Array(wanted.utf8)
        var found = false
        visitPlaceholders(in: text) { bytes, name, _ in
            found = bytes[name].elementsEqual(target)
            return !found
        }
        return found
    }

    /// Calls `visit` with the text's bytes, the byte range of each placeholder's name (trimmed of
    /// `{#^/&>` and spaces before it, `}` and spaces after it; comments `{{! }}` are skipped) and the
    /// UTF-8 offset of its `{{`, in order, until `visit` returns false.
    static func visitPlaceholders(in text: String, _ visit: (UnsafeBufferPointer<UInt8>, Range<Int>, Int) -> Bool) {
        var copy = text
        copy.withUTF8 { bytes in
            let count = bytes.count
            guard count > 1, let base = bytes.baseAddress else { return }
            var index = 0
            while index + 1 < count {
                // Skip to the next `{`.
                guard let found = memchr(base + index, 0x7B, count - 1 - index) else { return }
                index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                guard bytes[index + 1] == 0x7B, let end = ScanTextBuilder.placeholderEnd(bytes, from: index) else { index += 1; continue }
                var lower = index + 2
                var upper = end - 2
                while lower < upper {
                    let first = bytes[lower]
                    guard first == 0x7B || first == 0x23 || first == 0x5E || first == 0x2F || first == 0x26 || first == 0x20
                            || first == 0x3E else { break }
                    lower += 1
                }
                while upper > lower && (bytes[upper - 1] == 0x7D || bytes[upper - 1] == 0x20) { upper -= 1 }
                if lower == upper || bytes[lower] != 0x21 {
                    guard visit(bytes, lower..<upper, index) else { return }
                }
                index = end
            }
        }
    }

    /// Whether `text` holds an Amazon order id (`\d{3}-\d{7}-\d{7}`).
    static func containsOrderID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19 else { return false }
        let shape: [Int] = [3, 7, 7]
        var index = 0
        while index + 19 <= bytes.count {
            if index > 0 && ByteClass.isDigit(bytes[index - 1]) { index += 1; continue }
            var cursor = index
            var matched = true
            for (groupIndex, length) in shape.enumerated() {
                for _ in 0..<length {
                    guard cursor < bytes.count, ByteClass.isDigit(bytes[cursor]) else { matched = false; break }
                    cursor += 1
                }
                if !matched { break }
                if groupIndex < 2 {
                    guard cursor < bytes.count, bytes[cursor] == 0x2D else { matched = false; break }
                    cursor += 1
                }
            }
            if matched && (cursor == bytes.count || !ByteClass.isDigit(bytes[cursor])) { return true }
            index += 1
        }
        return false
    }
}

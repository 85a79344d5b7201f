/// Finds `{{placeholder}}` names and Amazon order ids in raw field text.
enum PlaceholderScanner {
    /// Placeholder names a template may use.
    static let known: Set<String> = [
        "order_id", "product_name", "asin", "review_link", "seller_name", "delivery_date", "buyer_name", "marketplace",
    ]

    struct Placeholder: Sendable {
        var name: String
        /// UTF-8 offset of `{{` in the field text.
        var offset: Int
    }

    static func placeholders(in text: String) -> [Placeholder] {
        var found: [Placeholder] = []
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            while index + 1 < bytes.count {
                guard bytes[index] == 0x7B, bytes[index + 1] == 0x7B,
                      let end = ScanTextBuilder.placeholderEnd(bytes, from: index) else { index += 1; continue }
                var inner = Array(bytes[(index + 2)..<(end - 2)])
                while let first = inner.first, first == 0x7B || first == 0x23 || first == 0x5E || first == 0x2F
                        || first == 0x26 || first == 0x20 || first == 0x3E { inner.removeFirst() }
                while let last = inner.last, last == 0x7D || last == 0x20 { inner.removeLast() }
                if inner.first != 0x21 {
                    found.append(Placeholder(name: String(decoding: inner, as: UTF8.self), offset: index))
                }
                index = end
            }
        }
        return found
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

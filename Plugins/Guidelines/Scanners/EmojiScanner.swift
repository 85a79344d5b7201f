/// Finds emoji: characters shown as emoji by default (`Emoji_Presentation`), emoji-capable characters
/// followed by U+FE0F, and the same written as numeric character references (`&#128512;`).
enum EmojiScanner {
    struct Hit: Sendable {
        var offset: Int
        var scalar: Unicode.Scalar
    }

    /// Whether an 8-byte chunk is all ASCII without `&`: nothing in it starts a hit (a keycap's
    /// `#`, `*` or digit is reported when its U+FE0F is reached).
    @inline(__always)
    private static func isQuiet(_ chunk: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ampersands = chunk ^ 0x2626_2626_2626_2626
        let hasAmpersand = (ampersands &- 0x0101_0101_0101_0101) & ~ampersands & highBits
        return (chunk & highBits) | hasAmpersand == 0
    }

    static func scan(_ text: ScanText, limit: Int = 50) -> [Hit] {
        var hits: [Hit] = []
        guard limit > 0 else { return hits }
        text.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            let count = bytes.count
            while index < count {
                while index + 8 <= count && isQuiet(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
                guard index < count else { break }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x26, index + 2 < count, bytes[index + 1] == 0x23,
                       let (scalar, length) = entity(bytes, at: index), isEmoji(scalar, followedBySelector: false) {
                        hits.append(Hit(offset: index, scalar: scalar))
                        if hits.count >= limit { return }
                        index += length
                        continue
                    }
                    index += 1
                    continue
                }
                // Keycaps and text-default characters made emoji by U+FE0F (EF B8 8F) after `#`, `*` or a
                // digit. That ASCII byte was not part of anything before it: a reference ends with `;`.
                if byte == 0xEF, index > 0, index + 2 < count, bytes[index + 1] == 0xB8, bytes[index + 2] == 0x8F {
                    let previous = bytes[index - 1]
                    if previous == 0x23 || previous == 0x2A || ByteClass.isDigit(previous) {
                        hits.append(Hit(offset: index - 1, scalar: Unicode.Scalar(previous)))
                        if hits.count >= limit { return }
                        index += 3
                        continue
                    }
                }
                // U+0080–U+00FF: never Emoji_Presentation; only © and ® become emoji with U+FE0F.
                if (byte == 0xC2 || byte == 0xC3) && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80
                    && !(index + 4 < count && bytes[index + 2] == 0xEF && bytes[index + 3] == 0xB8 && bytes[index + 4] == 0x8F) {
                    index += 2
                    continue
                }
                guard let (scalar, length) = ByteClass.decodeScalar(bytes, index) else { index += 1; continue }
                let selector = index + length + 2 < count && bytes[index + length] == 0xEF
                    && bytes[index + length + 1] == 0xB8 && bytes[index + length + 2] == 0x8F
                if isEmoji(scalar, followedBySelector: selector) {
                    hits.append(Hit(offset: index, scalar: scalar))
                    if hits.count >= limit { return }
                    index += length
                    // Skip the rest of this emoji sequence (modifiers, selectors, joiners, tags).
                    while index < count, let (next, nextLength) = ByteClass.decodeScalar(bytes, index),
                          isSequenceContinuation(next) {
                        index += nextLength
                    }
                    continue
                }
                index += length
            }
        }
        return hits
    }

    static func isEmoji(_ scalar: Unicode.Scalar, followedBySelector: Bool) -> Bool {
        let properties = scalar.properties
        if properties.isEmojiPresentation { return true }
        return followedBySelector && properties.isEmoji
    }

    private static func isSequenceContinuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0xFE0F || value == 0x200D || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value)
            || value == 0x20E3 || scalar.properties.isEmojiPresentation
    }

    /// `&#128512;` or `&#x1F600;` at `index`: the scalar and the length of the reference.
    private static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 2
        var radix: UInt32 = 10
        if cursor < bytes.count && (bytes[cursor] == 0x78 || bytes[cursor] == 0x58) {
            radix = 16
            cursor += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while cursor < bytes.count && digits < 8 {
            let byte = bytes[cursor]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66 where radix == 16: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where radix == 16: digit = UInt32(byte - 0x41 + 10)
            default: digit = 99
            }
            if digit == 99 { break }
            value = value * radix + digit
            digits += 1
            cursor += 1
        }
        guard digits > 0, cursor < bytes.count, bytes[cursor] == 0x3B, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1 - index)
    }
}

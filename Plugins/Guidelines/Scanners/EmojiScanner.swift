/// Finds emoji: characters shown as emoji by default (`Emoji_Presentation`), emoji-capable characters
/// followed by U+FE0F, and the same written as numeric character references (`&#128512;`).
enum EmojiScanner {
    struct Hit: Sendable {
        var offset: Int
        var scalar: Unicode.Scalar
    }

    /// ASCII bytes that can start nothing this scanner reports: all but `&` (a character reference),
    /// `#`, `*` and digits (keycaps); bytes from 0x80 are never skipped.
    private static let quietASCII: [Bool] = (0..<256).map { value in
        value < 0x80 && value != 0x26 && value != 0x23 && value != 0x2A && !(0x30...0x39).contains(value)
    }

    static func scan(_ text: ScanText, limit: Int = 50) -> [Hit] {
        var hits: [Hit] = []
        guard limit > 0 else { return hits }
        text.bytes.withUnsafeBufferPointer { bytes in
            quietASCII.withUnsafeBufferPointer { quiet in
                var index = 0
                let count = bytes.count
                while index < count {
                    let byte = bytes[index]
                    if quiet[Int(byte)] {
                        index += 1
                        continue
                    }
                    if byte < 0x80 {
                        if byte == 0x26, index + 2 < count, bytes[index + 1] == 0x23,
                           let (scalar, length) = entity(bytes, at: index), isEmoji(scalar, followedBySelector: false) {
                            hits.append(Hit(offset: index, scalar: scalar))
                            if hits.count >= limit { return }
                            index += length
                            continue
                        }
                        // Keycaps and text-default characters made emoji by U+FE0F (EF B8 8F).
                        if byte == 0x23 || byte == 0x2A || ByteClass.isDigit(byte),
                           index + 3 < count, bytes[index + 1] == 0xEF, bytes[index + 2] == 0xB8, bytes[index + 3] == 0x8F {
                            hits.append(Hit(offset: index, scalar: Unicode.Scalar(byte)))
                            if hits.count >= limit { return }
                            index += 4
                            continue
                        }
                        index += 1
                        continue
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

/// Byte-level helpers shared by the scanners and the phrase automaton.
enum ByteClass {
    /// Folds letter case (ASCII and the Latin-1 letters of UTF-8) and treats `\n` and `-` as a space,
    /// so phrases match across line wraps and hyphenation (`5-star` = `5 star`, `opt-out` = `opt out`).
    static let fold: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            var byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte >= 0x80 && byte <= 0x9E && byte != 0x97 { byte += 0x20 }
            if byte == 0x0A || byte == 0x2D { byte = 0x20 }
            table[value] = byte
        }
        return table
    }()

    @inline(__always) static func isASCIIAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Whether the character ending just before `offset` is a letter or digit.
    static func isWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let byte = bytes[offset - 1]
        if byte < 0x80 { return isASCIIAlnum(byte) }
        var start = offset - 1
        while start > 0 && start > offset - 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalarIsLetter(bytes, start)
    }

    /// Whether the character starting at `offset` is a letter or digit.
    static func isWordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return isASCIIAlnum(byte) }
        return scalarIsLetter(bytes, offset)
    }

    /// Kept out of line: `Unicode.Scalar.Properties` and `Unicode.NumericType` are resilient types,
    /// and a caller that inlines this sets up their metadata on every call, even for ASCII text.
    @inline(never)
    private static func scalarIsLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let (scalar, _) = decodeScalar(bytes, start) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Decodes the UTF-8 scalar at `start`, returning it and its length in bytes.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80: return Unicode.Scalar(UInt32(lead)).map { ($0, 1) }
        case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard start + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[start + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}

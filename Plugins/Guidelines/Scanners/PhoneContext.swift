/// The words just before a number: do they make it a phone number, or an id, model or amount?
///
/// Byte comparisons for text of ASCII and Latin-1 letters (where they equal string comparisons);
/// other text goes through `String`, whose comparisons follow canonical equivalence.
enum PhoneContext {
    private static let idWordBytes = PhoneScanner.idWords.map { (bytes: Array($0.utf8), characters: $0.count) }

    /// (phone context, id context) for the `length` bytes before `start`, lower-cased.
    static func judge(_ bytes: [UInt8], before start: Int, length: Int, words phoneWords: PhoneWords) -> (phone: Bool, id: Bool) {
        var lower = max(0, start - length)
        while lower > 0 && lower < start && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        let context = bytes[lower..<start].map(ByteClass.lower)
        guard isSimple(context) else { return judgeAsString(String(decoding: context, as: UTF8.self), words: phoneWords) }
        let phone = startsAnyWord(phoneWords, in: context)
        var words: [ArraySlice<UInt8>] = []
        var wordStart = context.count
        var index = context.count
        // The last three words, split at space, line break, `:`, `(` and `,`.
        while index > 0 && words.count < 3 {
            let byte = context[index - 1]
            if byte == 0x20 || byte == 0x0A || byte == 0x3A || byte == 0x28 || byte == 0x2C {
                if wordStart > index { words.append(context[index..<wordStart]) }
                wordStart = index - 1
            }
            index -= 1
        }
        if words.count < 3 && wordStart > 0 { words.append(context[0..<wordStart]) }
        // A compound's last part counts too: "Lizenz-ID", "Kunden-Nr".
        let parts = words + words.compactMap { word in word.lastIndex(of: 0x2D).map { word[($0 + 1)...] } }
        let id = parts.contains { word in
            idWordBytes.contains { entry in
                guard word.starts(with: entry.bytes) else { return false }
                if entry.characters >= 4 || word.count == entry.bytes.count { return true }
                return !containsLetter(word.dropFirst(entry.bytes.count))
            }
        }
        return (phone, id)
    }

    /// Whether one of `words` stands in `context` at the start of a word: "tel" in "Tel.:" or
    /// "telefonisch", not in "Bestellung"; "ring" in "ring us", not in "during". The positions that
    /// start a word are visited once, each compared with the words of its first byte only.
    private static func startsAnyWord(_ words: PhoneWords, in context: [UInt8]) -> Bool {
        for start in context.indices {
            let atStart = start == 0 || !(ByteClass.isASCIILetter(context[start - 1]) || ByteClass.isDigit(context[start - 1])
                                          || context[start - 1] >= 0x80)
            guard atStart else { continue }
            for index in words.byFirstByte[Int(context[start])] {
                let word = words.bytes[index]
                if start + word.count <= context.count && context[start..<start + word.count].elementsEqual(word) { return true }
            }
        }
        return false
    }

    /// ASCII, plus two-byte sequences of U+0080–U+00FF: one character per scalar, no combining marks.
    private static func isSimple(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // "\r\n" is one character; keep it on the string path.
                if byte == 0x0D { return false }
                index += 1
            } else if (byte == 0xC2 || byte == 0xC3) && index + 1 < bytes.count && bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    private static func containsLetter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                if ByteClass.isASCIILetter(byte) { return true }
                index += 1
            } else {
                let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                if let scalar = Unicode.Scalar(value), Character(scalar).isLetter { return true }
                index += 2
            }
        }
        return false
    }

    /// The general path, by `String` comparison.
    private static func judgeAsString(_ context: String, words: PhoneWords) -> (phone: Bool, id: Bool) {
        let phoneContext = words.strings.contains { word in
            context.ranges(of: word).contains { context[..<$0.lowerBound].last.map { !$0.isLetter && !$0.isNumber } ?? true }
        }
        let lastWords = context.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ":" || $0 == "(" || $0 == "," })
            .suffix(3).map(String.init)
        let parts = lastWords + lastWords.compactMap { word in word.split(separator: "-").last.map(String.init) }
        let idContext = parts.contains { word in
            PhoneScanner.idWords.contains {
                $0.count >= 4 ? word.hasPrefix($0) : (word == $0 || word.hasPrefix($0) && !word.dropFirst($0.count).contains(where: \.isLetter))
            }
        }
        return (phoneContext, idContext)
    }
}

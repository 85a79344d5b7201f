/// Sentence boundaries of a scan text, so rules can ask whether two phrases share a sentence.
///
/// A sentence ends at `.`, `!` or `?` followed by a space or line break, at `:` or `;` followed by
/// a line break, at an emoji followed by a space and a capital letter ("arrived 🎉 Before use..."),
/// and at every blank line (HTML blocks become blank lines). Whitespace between two
/// sentences is never a sentence of its own.
struct SentenceIndex: Sendable {
    /// Scan offsets where sentences start, ascending; the first is 0.
    let starts: [Int]
    /// For every block of 64 scan bytes, the sentence its first byte is in, so a lookup
    /// starts next to its answer instead of searching all of `starts`.
    private let blockSentence: [Int32]
    private static let blockShift = 6

    init(_ text: [UInt8]) {
        var starts = [0]
        // About a sentence start in 20 bytes of mail text: room for most texts without growing.
        starts.reserveCapacity(text.count / 16 + 4)
        text.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                // Eight bytes at a time past ASCII text without `.`, `!`, `?` or a line break, after an
                // ASCII byte: nothing in it can end a sentence (a space counts only after an emoji).
                if index + 8 <= count && (index == 0 || bytes[index - 1] < 0x80),
                   let base = bytes.baseAddress, Self.isQuiet(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let stop = min(count, index + 8)
                while index < stop {
                    let byte = bytes[index]
                    // Fast skip: every byte that can end a sentence is below 0x40.
                    if byte >= 0x40 {
                        index += 1
                        continue
                    }
                    if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                        let next = index + 1 < count ? bytes[index + 1] : 0x20
                        if (next == 0x20 || next == 0x0A) && !Self.isAbbreviation(text, dotAt: index) {
                            starts.append(index + 1)
                        }
                    } else if byte == 0x20 && index > 0 && bytes[index - 1] >= 0x80
                                && Self.startsCapital(bytes, index + 1) && Self.endsWithEmoji(bytes, before: index) {
                        starts.append(index + 1)
                    } else if byte == 0x0A {
                        let next = index + 1 < count ? bytes[index + 1] : 0
                        let previous = index > 0 ? bytes[index - 1] : 0
                        if next == 0x0A || previous == 0x3A || previous == 0x3B || next == 0x2D || next == 0x2A {
                            starts.append(index + 1)
                        }
                    }
                    index += 1
                }
            }
        }
        // A blank line right after a sentence's end would start a sentence of whitespace alone, so
        // every paragraph break would count as one more sentence between its neighbours and push
        // "the next sentence" out of reach. Such whitespace joins the sentence before it.
        var kept = [0]
        kept.reserveCapacity(starts.count)
        for index in starts.indices.dropFirst() {
            let end = index + 1 < starts.count ? starts[index + 1] : text.count
            if text[starts[index]..<end].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) { continue }
            kept.append(starts[index])
        }
        starts = kept
        self.starts = starts
        var blocks = [Int32](repeating: 0, count: (text.count >> Self.blockShift) + 1)
        var sentence = 0
        for block in blocks.indices {
            let offset = block << Self.blockShift
            while sentence + 1 < starts.count && starts[sentence + 1] <= offset { sentence += 1 }
            blocks[block] = Int32(sentence)
        }
        blockSentence = blocks
    }

    /// Whether an 8-byte chunk is ASCII without `.`, `!`, `?` and line breaks (never true when it is not).
    @inline(__always)
    private static func isQuiet(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // (x - 1) & ~x sets the high bit of a zero byte of x (of the lowest one at least).
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x }
        let found = chunk | zeroBytes(chunk ^ (0x2E &* ones)) | zeroBytes(chunk ^ (0x21 &* ones))
            | zeroBytes(chunk ^ (0x3F &* ones)) | zeroBytes(chunk ^ (0x0A &* ones))
        return found & highBits == 0
    }

    /// Whether the scalar just before `end` closes an emoji: an `Emoji_Presentation` character, the
    /// emoji variation selector U+FE0F, a skin-tone modifier or a keycap.
    private static func endsWithEmoji(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        var start = end - 1
        while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (scalar, length) = ByteClass.decodeScalar(bytes, start), start + length == end else { return false }
        let value = scalar.value
        return value == 0xFE0F || value == 0x20E3 || (0x1F3FB...0x1F3FF).contains(value) || scalar.properties.isEmojiPresentation
    }

    /// Whether a capital letter starts at `index`: A–Z, a Latin-1 capital (`É`, `Ü`) or Spanish `¡`/`¿`.
    private static func startsCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= 0x41 && byte <= 0x5A { return true }
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if byte == 0xC3 { return next >= 0x80 && next <= 0x9E && next != 0x97 }
        return byte == 0xC2 && (next == 0xA1 || next == 0xBF)
    }

    /// `e.g.`, `z.B.`, `Mr.`: a dot after one or two letters that follow a space or another dot.
    private static func isAbbreviation(_ bytes: [UInt8], dotAt index: Int) -> Bool {
        guard bytes[index] == 0x2E else { return false }
        var start = index
        while start > 0 && ByteClass.isASCIILetter(bytes[start - 1]) && index - start < 3 { start -= 1 }
        let length = index - start
        guard length >= 1 && length <= 2 else { return false }
        if start > 0 && ByteClass.isASCIILetter(bytes[start - 1]) { return false }
        // A unit after a slash ("0 mg/l.", "50 km/h.") ends a sentence; it is not an initial.
        if start > 0 && bytes[start - 1] == 0x2F { return false }
        if length == 1 { return true }
        let pair = UInt16(ByteClass.lower(bytes[start])) << 8 | UInt16(ByteClass.lower(bytes[start + 1]))
        return twoLetterAbbreviations.contains(pair)
    }

    /// `mr`, `dr`, `st`, `nr`, `no`, `ca`, `sr`, each as its two bytes.
    private static let twoLetterAbbreviations: [UInt16] = [0x6D72, 0x6472, 0x7374, 0x6E72, 0x6E6F, 0x6361, 0x7372]

    /// Index of the sentence containing scan offset `offset`.
    func sentence(at offset: Int) -> Int {
        if offset >= 0 {
            // From the sentence of the offset's block, step to the last sentence starting at or before it.
            var sentence = Int(blockSentence[min(offset >> Self.blockShift, blockSentence.count - 1)])
            while sentence + 1 < starts.count && starts[sentence + 1] <= offset { sentence += 1 }
            return sentence
        }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    var count: Int { starts.count }

    /// The scan range of sentence `index` within a text of `length` bytes.
    func range(of index: Int, length: Int) -> Range<Int> {
        let end = index + 1 < starts.count ? starts[index + 1] : length
        return starts[index]..<max(starts[index], end)
    }
}

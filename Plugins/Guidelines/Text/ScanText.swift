/// A message field prepared for scanning.
///
/// Whitespace runs are collapsed (a run with one newline becomes `\n`, with more becomes `\n\n`),
/// typographic quotes and dashes are folded to ASCII, invisible characters are dropped and, in
/// templates, `{{placeholders}}` are masked as one `ScanText.placeholder` byte. Anchors map every
/// byte back to a UTF-8 offset in the source text, so findings can point at the file as written.
struct ScanText: Sendable {
    /// The byte that stands for a masked `{{placeholder}}`.
    static let placeholder: UInt8 = 0x1A

    struct Anchor: Sendable {
        var scan: Int
        var source: Int
    }

    /// Normalised UTF-8 bytes (original letter case).
    var bytes: [UInt8]
    /// Sorted by `scan`; the first anchor is at scan offset 0.
    var anchors: [Anchor]

    /// The UTF-8 offset in the source text of the byte at `scan`.
    func sourceOffset(_ scan: Int) -> Int {
        guard !anchors.isEmpty else { return scan }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].scan <= scan { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        return anchor.source + max(0, scan - anchor.scan)
    }

    /// The bytes in `range` as a string (for finding messages).
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// Builds a `ScanText` from one or more pieces of source text.
struct ScanTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var anchors: [ScanText.Anchor] = []
    private var pendingSpace = false
    private var pendingNewlines = 0
    private var pendingSource = 0
    let maskPlaceholders: Bool

    init(maskPlaceholders: Bool, capacity: Int = 0) {
        self.maskPlaceholders = maskPlaceholders
        bytes.reserveCapacity(capacity)
    }

    var text: ScanText {
        ScanText(bytes: bytes, anchors: anchors.isEmpty ? [.init(scan: 0, source: 0)] : anchors)
    }

    /// Requests a break between blocks (HTML `<br>` is 1, a paragraph 2).
    mutating func appendBreak(newlines: Int, source: Int) {
        if pendingNewlines == 0 && !pendingSpace { pendingSource = source }
        pendingNewlines = max(pendingNewlines, newlines)
    }

    private mutating func emit(_ byte: UInt8, source: Int) {
        if pendingNewlines > 0 || pendingSpace {
            if !bytes.isEmpty {
                if pendingNewlines > 0 {
                    for _ in 0..<min(pendingNewlines, 2) { put(0x0A, source: pendingSource) }
                } else {
                    put(0x20, source: pendingSource)
                }
            }
            pendingNewlines = 0
            pendingSpace = false
        }
        put(byte, source: source)
    }

    private mutating func put(_ byte: UInt8, source: Int) {
        let scan = bytes.count
        if let last = anchors.last {
            if last.source + (scan - last.scan) != source { anchors.append(.init(scan: scan, source: source)) }
        } else {
            anchors.append(.init(scan: scan, source: source))
        }
        bytes.append(byte)
    }

    private mutating func whitespace(newline: Bool, source: Int) {
        if pendingNewlines == 0 && !pendingSpace { pendingSource = source }
        if newline { pendingNewlines += 1 } else { pendingSpace = true }
    }

    /// Bytes copied as they are: printable ASCII except `{`, and UTF-8 bytes other than the lead
    /// bytes of the sequences `append` folds or drops (C2, E2, EF).
    private static let plainByte: [Bool] = (0..<256).map { value in
        switch value {
        case 0x21...0x7E: return value != 0x7B
        case 0x80...0xFF: return value != 0xC2 && value != 0xE2 && value != 0xEF
        default: return false
        }
    }

    /// Appends a run of plain bytes in bulk: one anchor check for the whole run.
    private mutating func appendRun(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, sourceStart: Int) {
        emit(input[range.lowerBound], source: sourceStart + range.lowerBound)
        let rest = range.lowerBound + 1
        if rest < range.upperBound {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[rest..<range.upperBound]))
        }
    }

    /// Appends `input`, whose first byte is at UTF-8 offset `sourceStart` of the source text.
    mutating func append(_ input: UnsafeBufferPointer<UInt8>, sourceStart: Int) {
        let count = input.count
        var index = 0
        Self.plainByte.withUnsafeBufferPointer { plain in
            while index < count {
                if plain[Int(input[index])] {
                    let start = index
                    index += 1
                    // A single space between plain bytes maps exactly as a plain byte would.
                    while index < count {
                        if plain[Int(input[index])] {
                            index += 1
                        } else if input[index] == 0x20 && index + 1 < count && plain[Int(input[index + 1])] {
                            index += 2
                        } else {
                            break
                        }
                    }
                    appendRun(input, start..<index, sourceStart: sourceStart)
                } else {
                    index = appendSpecial(input, at: index, sourceStart: sourceStart)
                }
            }
        }
    }

    /// Handles the byte at `index` that is not plain; returns the index after what it consumed.
    private mutating func appendSpecial(_ input: UnsafeBufferPointer<UInt8>, at start: Int, sourceStart: Int) -> Int {
        let count = input.count
        var index = start
        let byte = input[index]
        let source = sourceStart + index
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D:
            whitespace(newline: false, source: source)
            index += 1
        case 0x0A:
            whitespace(newline: true, source: source)
            index += 1
        case 0x7B where maskPlaceholders && index + 1 < count && input[index + 1] == 0x7B:
            if let close = Self.placeholderEnd(input, from: index) {
                emit(ScanText.placeholder, source: source)
                index = close
            } else {
                emit(byte, source: source)
                index += 1
            }
        case 0x00..<0x20, 0x7F, ScanText.placeholder:
            whitespace(newline: false, source: source)
            index += 1
        case 0xC2 where index + 1 < count && (input[index + 1] == 0xA0 || input[index + 1] == 0xAD):
            if input[index + 1] == 0xA0 { whitespace(newline: false, source: source) }
            index += 2
        case 0xEF where index + 2 < count && input[index + 1] == 0xBB && input[index + 2] == 0xBF:
            index += 3
        case 0xE2 where index + 2 < count && input[index + 1] == 0x80:
            let third = input[index + 2]
            switch third {
            case 0x98, 0x99, 0xB2: emit(0x27, source: source)
            case 0x9C, 0x9D, 0x9E: emit(0x22, source: source)
            case 0x90, 0x91, 0x92, 0x93, 0x94: emit(0x2D, source: source)
            case 0x8B, 0x8C, 0x8D, 0x8E, 0x8F: break
            case 0xAF, 0x80...0x8A: whitespace(newline: false, source: source)
            case 0xA8, 0xA9: whitespace(newline: true, source: source)
            default:
                emit(0xE2, source: source)
                emit(0x80, source: source + 1)
                emit(third, source: source + 2)
            }
            index += 3
        default:
            emit(byte, source: source)
            index += 1
        }
        return index
    }

    /// Index just past the `}}` closing a placeholder that starts at `start`, if it closes within one line.
    static func placeholderEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 2
        let limit = min(input.count, start + 80)
        while index + 1 < limit {
            let byte = input[index]
            if byte == 0x0A || (byte == 0x7B && input[index + 1] == 0x7B) { return nil }
            if byte == 0x7D && input[index + 1] == 0x7D {
                var end = index + 2
                if end < input.count && input[end] == 0x7D { end += 1 }
                return end
            }
            index += 1
        }
        return nil
    }
}

extension ScanText {
    /// A plain-text field as a scan text.
    static func plain(_ text: String, maskPlaceholders: Bool) -> ScanText {
        var copy = text
        return copy.withUTF8 { buffer in
            var builder = ScanTextBuilder(maskPlaceholders: maskPlaceholders, capacity: buffer.count)
            builder.append(buffer, sourceStart: 0)
            return builder.text
        }
    }
}

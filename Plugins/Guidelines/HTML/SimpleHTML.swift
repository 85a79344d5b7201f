/// Bodies that are only `<html><body>`, paragraphs of plain text and `</body></html>`, walked
/// without libxml2.
///
/// For such a body libxml2 builds a fixed tree: `html` > `body` > one `p` per paragraph, each holding
/// its text as written (no entities, no markup, no carriage returns to normalise), every start tag on
/// the line where it is written, plus whitespace text between the elements that changes nothing in
/// the walk (it falls where a block break is already pending). `walk` makes the walker's calls for
/// that tree in the order `HTMLParser.walk` makes them, so the model is the same. Anything else in
/// the body (attributes, other elements, entities, comments, upper-case tags, leading whitespace,
/// control characters, U+FFFE/U+FFFF, 65,000 lines or 100,000 paragraphs or more) is left to libxml2.
enum SimpleHTML {
    private struct Paragraph {
        var line: Int
        var text: Range<Int>
    }

    private static let html = Array("<html".utf8)
    private static let body = Array("<body".utf8)
    private static let paragraph = Array("<p".utf8)

    /// Walks `walker.source` if it is such a body; false (and the walker untouched) when it is not.
    static func walk(_ walker: HTMLWalker) -> Bool {
        guard let (bodyLine, paragraphs) = read(walker.source) else { return false }
        // html, then body: entered (text cursor, block break), exited last (block break).
        walker.textCursor = max(walker.textCursor, walker.elementOffset(line: 1, probe: html))
        walker.addBreaks(2, line: 1, probe: html)
        walker.textCursor = max(walker.textCursor, walker.elementOffset(line: bodyLine, probe: body))
        walker.addBreaks(2, line: bodyLine, probe: body)
        for item in paragraphs {
            walker.textCursor = max(walker.textCursor, walker.elementOffset(line: item.line, probe: paragraph))
            walker.addBreaks(2, line: item.line, probe: paragraph)
            let snapshot = walker.breakRun
            let textCount = walker.builder.bytes.count
            if !item.text.isEmpty {
                walker.appendText(valid: UnsafeBufferPointer(rebasing: walker.source[item.text]))
            }
            // An empty paragraph counts as a run of breaks, as in `HTMLParser.walk`.
            if walker.builder.bytes.count == textCount {
                walker.breakRun = max(walker.breakRun, snapshot + 2)
                if walker.breakRun > 2 && !walker.breakRunReported {
                    walker.breakRunReported = true
                    walker.model.markup.append(.init(kind: .breakRun, offset: walker.elementOffset(line: item.line, probe: paragraph)))
                }
            }
            walker.addBreaks(2, line: item.line, probe: paragraph)
        }
        walker.addBreaks(2, line: bodyLine, probe: body)
        walker.addBreaks(2, line: 1, probe: html)
        return true
    }

    /// The body tag's line and the paragraphs, or nil when `source` is not of the simple shape.
    private static func read(_ source: UnsafeBufferPointer<UInt8>) -> (Int, [Paragraph])? {
        var index = 0
        var line = 1
        let count = source.count

        func take(_ literal: StaticString) -> Bool {
            let length = literal.utf8CodeUnitCount
            guard index + length <= count else { return false }
            let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: length)
            for offset in 0..<length where source[index + offset] != bytes[offset] { return false }
            index += length
            return true
        }
        func skipSpace() {
            while index < count {
                let byte = source[index]
                if byte == 0x0A {
                    line += 1
                } else if byte != 0x20 && byte != 0x09 {
                    return
                }
                index += 1
            }
        }

        guard take("<html>") else { return nil }
        skipSpace()
        let bodyLine = line
        guard take("<body>") else { return nil }
        var paragraphs: [Paragraph] = []
        while true {
            skipSpace()
            if take("</body>") { break }
            let paragraphLine = line
            guard take("<p>") else { return nil }
            let start = index
            while index < count && source[index] != 0x3C {
                let byte = source[index]
                if byte < 0x20 {
                    guard byte == 0x0A || byte == 0x09 else { return nil }
                    if byte == 0x0A { line += 1 }
                } else if byte == 0x26 {
                    return nil
                } else if byte == 0xEF && index + 2 < count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE {
                    return nil
                }
                index += 1
            }
            let end = index
            guard take("</p>") else { return nil }
            paragraphs.append(Paragraph(line: paragraphLine, text: start..<end))
        }
        skipSpace()
        guard take("</html>") else { return nil }
        skipSpace()
        guard index == count, line < 65_000, paragraphs.count < 100_000 else { return nil }
        return (bodyLine, paragraphs)
    }
}

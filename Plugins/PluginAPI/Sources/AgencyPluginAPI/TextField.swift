/// A piece of text from a file, with the place where it starts so findings can point at
/// the file as written (1-based line and column, front matter included).
public struct TextField: Sendable, Hashable {
    /// The text itself.
    public var text: String
    /// 1-based line in the file where `text` starts.
    public var line: Int
    /// 1-based column in the file where `text` starts.
    public var column: Int

    public init(text: String, line: Int = 1, column: Int = 1) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// The file position of the character at `index` in `text`.
    public func position(of index: String.Index) -> SourcePosition {
        var line = self.line
        var column = self.column
        var cursor = text.startIndex
        while cursor < index && cursor < text.endIndex {
            if text[cursor] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            cursor = text.index(after: cursor)
        }
        return SourcePosition(line: line, column: column)
    }

    /// The file position of the byte at `offset` in the UTF-8 view of `text`.
    public func position(ofUTF8Offset offset: Int) -> SourcePosition {
        let utf8 = text.utf8
        let clamped = max(0, min(offset, utf8.count))
        let index = utf8.index(utf8.startIndex, offsetBy: clamped)
        return position(of: index)
    }
}

/// A 1-based line and column in a file.
public struct SourcePosition: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

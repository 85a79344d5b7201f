import AgencyPluginAPI

/// Turns UTF-8 offsets in a field's text into 1-based file positions, cheaply and in bulk.
struct SourceLocator {
    let field: TextField
    private let utf8: [UInt8]
    private var lineStarts: [Int] = []

    init(_ field: TextField) {
        self.field = field
        self.utf8 = Array(field.text.utf8)
        var starts = [0]
        for (index, byte) in utf8.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The file position of the byte at `offset` (columns count characters, as `TextField` does).
    func position(ofUTF8Offset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, utf8.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let slice = utf8[lineStart..<clamped]
        let characters: Int
        if slice.count > 4096 {
            characters = slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        } else if slice.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII without "\r\n": one character per byte.
            characters = slice.count
        } else {
            characters = String(decoding: slice, as: UTF8.self).count
        }
        let column = (low == 0 ? field.column : 1) + characters
        return SourcePosition(line: field.line + low, column: column)
    }

    /// UTF-8 offset of the start of 1-based `line` of the field (relative to the field's first line).
    func offset(ofFieldLine line: Int) -> Int {
        let index = max(0, min(line - 1, lineStarts.count - 1))
        return lineStarts[index]
    }

    /// The raw UTF-8 bytes of the field.
    var bytes: [UInt8] { utf8 }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import AgencyPluginAPI

/// Turns UTF-8 offsets in a field's text into 1-based file positions, cheaply and in bulk.
///
/// Reads the field's own UTF-8 storage (made contiguous once); the text is not copied.
struct SourceLocator {
    let field: TextField
    private var text: String
    private var lineStarts: [Int] = []

    init(_ field: TextField) {
        self.field = field
        var text = field.text
        text.makeContiguousUTF8()
        var starts = [0]
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var cursor = 0
            while cursor < bytes.count, let found = memchr(base + cursor, 0x0A, bytes.count - cursor) {
                let newline = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                starts.append(newline + 1)
                cursor = newline + 1
            }
        }
        self.text = text
        lineStarts = starts
    }

    /// The file position of the byte at `offset` (columns count characters, as `TextField` does).
    mutating func position(ofUTF8Offset offset: Int) -> SourcePosition {
        let lineStarts = self.lineStarts
        let field = self.field
        return text.withUTF8 { utf8 in
            let clamped = max(0, min(offset, utf8.count))
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
            }
            let lineStart = lineStarts[low]
            let slice = UnsafeBufferPointer(rebasing: utf8[lineStart..<clamped])
            let characters: Int
            if slice.count > 4096 {
                characters = slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            } else if slice.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                // ASCII without "\r\n": one character per byte.
                characters = slice.count
            } else if slice.allSatisfy({ $0 < 0xCC && $0 != 0x0D }) {
                // Scalars below U+0300 never join into one character (and without CR none pairs with a
                // line feed): one character per scalar, that is per byte that is not a continuation byte.
                characters = slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            } else {
                characters = String(decoding: slice, as: UTF8.self).count
            }
            let column = (low == 0 ? field.column : 1) + characters
            return SourcePosition(line: field.line + low, column: column)
        }
    }
}

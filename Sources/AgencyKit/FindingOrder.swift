import Foundation
import AgencyPluginAPI

extension Finding {
    /// Report order: seller, file, order (a ledger finding about no one order, such as daily volume,
    /// after those about orders), line, column, rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.seller ?? "", lhs.file ?? "", lhs.order == nil ? 1 : 0, lhs.order ?? "")
        let right = (rhs.seller ?? "", rhs.file ?? "", rhs.order == nil ? 1 : 0, rhs.order ?? "")
        if left != right { return left < right }
        return (lhs.line ?? 0, lhs.column ?? 0, lhs.rule) < (rhs.line ?? 0, rhs.column ?? 0, rhs.rule)
    }

    /// Fills `excerpt` and `excerptColumn` from the file's text, clipping long lines around the column.
    /// `lineStarts` caches where each line of `source` begins, so many findings share one scan.
    public mutating func attachExcerpt(from source: String, lineStarts cache: inout [String.Index]?) {
        guard let line, line >= 1 else { return }
        if cache == nil { cache = Self.lineStarts(of: source) }
        guard let starts = cache, line <= starts.count else { return }
        let utf8 = source.utf8
        let lineStart = starts[line - 1]
        var lineEnd = line < starts.count ? utf8.index(before: starts[line]) : utf8.endIndex
        if lineEnd > lineStart, utf8[utf8.index(before: lineEnd)] == UInt8(ascii: "\r") { lineEnd = utf8.index(before: lineEnd) }
        let text = source[lineStart..<lineEnd]
        let column = max(1, column ?? 1)
        let before = 40, width = 120
        // Walk only as far as the window needs, so a 10 MB one-line body stays cheap.
        let skip = max(0, column - 1 - before)
        excerptColumn = column - skip + (skip > 0 ? 1 : 0)
        let simple: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.simpleWindow(bytes, skip: skip, width: width).map { window in
                (skip > 0 ? "…" : "") + String(decoding: UnsafeBufferPointer(rebasing: bytes[window]), as: UTF8.self)
                    + (window.upperBound < bytes.count ? "…" : "")
            }
        }
        if let simple, let simple {
            excerpt = simple
            return
        }
        let windowStart = text.index(text.startIndex, offsetBy: skip, limitedBy: text.endIndex) ?? text.endIndex
        let windowEnd = text.index(windowStart, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
        excerpt = (skip > 0 ? "…" : "") + String(text[windowStart..<windowEnd]) + (windowEnd < text.endIndex ? "…" : "")
    }

    /// The byte range of characters `skip ..< skip + width` of a line (clipped to it), when every character
    /// up to just past that window is one scalar below U+0300: such scalars never join into one character
    /// (the line holds no line feed, so no CR LF pair), so characters can be counted as scalars. Nil otherwise.
    static func simpleWindow(_ bytes: UnsafeBufferPointer<UInt8>, skip: Int, width: Int) -> Range<Int>? {
        var offset = 0
        func advance(_ characters: Int) -> Bool {
            var counted = 0
            while counted < characters && offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    offset += 1
                } else if lead >= 0xC2 && lead < 0xCC {
                    offset += 2
                } else {
                    return false
                }
                counted += 1
            }
            return true
        }
        guard advance(skip) else { return nil }
        let start = offset
        guard advance(width) else { return nil }
        // The character after the window must not be a combining one that belongs to the window's last.
        if offset < bytes.count && bytes[offset] >= 0xCC { return nil }
        return start..<min(offset, bytes.count)
    }

    /// Start index of every line of `source`.
    static func lineStarts(of source: String) -> [String.Index] {
        let utf8 = source.utf8
        let offsets: [Int]? = utf8.withContiguousStorageIfAvailable { (buffer: UnsafeBufferPointer<UInt8>) -> [Int] in
            var offsets = [0]
            guard let base = buffer.baseAddress else { return offsets }
            var cursor = base
            let end = base + buffer.count
            while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
                let newline = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                offsets.append(newline - base + 1)
                cursor = newline + 1
            }
            return offsets
        }
        if let offsets { return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        var starts = [utf8.startIndex]
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }
}

extension ReportSummary {
    /// Adds `finding` to the totals.
    public mutating func count(_ finding: Finding) {
        add(FindingCounts(finding.severity))
    }
}

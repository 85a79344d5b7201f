import Foundation

/// One row of a tab- or comma-separated file, as byte ranges into the file (no copies until asked).
struct DelimitedRow {
    let base: UnsafePointer<UInt8>
    /// Field byte ranges; `quoted` fields may hold `""` escapes.
    var starts: [Int] = []
    var ends: [Int] = []
    var quoted: [Bool] = []
    /// Line the row starts on (1-based).
    var line = 0

    var count: Int { starts.count }

    /// Whether field `index` is missing or empty.
    func isEmpty(_ index: Int) -> Bool { index < 0 || index >= count || starts[index] == ends[index] }

    /// Field `index` as a string, trimmed of spaces; nil when missing or empty.
    func string(_ index: Int) -> String? {
        guard index >= 0, index < count else { return nil }
        var start = starts[index], end = ends[index]
        while start < end, base[start] == 0x20 { start += 1 }
        while end > start, base[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        let buffer = UnsafeBufferPointer(start: base + start, count: end - start)
        if quoted[index] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(buffer.count)
            var skip = false
            for byte in buffer {
                if skip { skip = false; continue }
                bytes.append(byte)
                if byte == 0x22 { skip = true }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Field `index` as raw bytes (unescaped fields only; for dates and numbers).
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard index >= 0, index < count else { return nil }
        var start = starts[index], end = ends[index]
        while start < end, base[start] == 0x20 { start += 1 }
        while end > start, base[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}

/// Streams the rows of a delimited file: UTF-8 BOM skipped, LF or CRLF line ends, RFC 4180 quotes.
struct DelimitedReader {
    let separator: UInt8

    /// `\t` when the header line holds a tab, else `,`.
    static func separator(forHeader bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        for byte in bytes {
            if byte == 0x0A { break }
            if byte == 0x09 { return 0x09 }
        }
        return 0x2C
    }

    /// Number of bytes of a UTF-8 byte-order mark at the start, if any.
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Calls `body` for every non-blank row (the header included), reusing one row value.
    func forEachRow(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout DelimitedRow) throws -> Void) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var row = DelimitedRow(base: base)
        row.starts.reserveCapacity(64)
        row.ends.reserveCapacity(64)
        row.quoted.reserveCapacity(64)
        let end = bytes.count
        var position = Self.bomLength(bytes)
        var line = 1
        let separator = self.separator
        while position < end {
            row.starts.removeAll(keepingCapacity: true)
            row.ends.removeAll(keepingCapacity: true)
            row.quoted.removeAll(keepingCapacity: true)
            row.line = line
            var rowDone = false
            while !rowDone {
                if position < end, base[position] == 0x22 {
                    // Quoted field: up to the closing quote; "" is an escaped quote.
                    let start = position + 1
                    var cursor = start
                    var closed = false
                    while cursor < end {
                        let byte = base[cursor]
                        if byte == 0x22 {
                            if cursor + 1 < end, base[cursor + 1] == 0x22 { cursor += 2; continue }
                            closed = true
                            break
                        }
                        if byte == 0x0A { line += 1 }
                        cursor += 1
                    }
                    row.starts.append(start)
                    row.ends.append(cursor)
                    row.quoted.append(true)
                    position = closed ? cursor + 1 : cursor
                    // Skip anything between the closing quote and the separator.
                    while position < end, base[position] != separator, base[position] != 0x0A { position += 1 }
                } else {
                    let start = position
                    while position < end {
                        let byte = base[position]
                        if byte == separator || byte == 0x0A { break }
                        position += 1
                    }
                    var fieldEnd = position
                    if fieldEnd > start, base[fieldEnd - 1] == 0x0D, position >= end || base[position] == 0x0A { fieldEnd -= 1 }
                    row.starts.append(start)
                    row.ends.append(fieldEnd)
                    row.quoted.append(false)
                }
                if position < end, base[position] == separator {
                    position += 1
                } else {
                    if position < end { position += 1 }  // the newline
                    line += 1
                    rowDone = true
                }
            }
            if row.count == 1, row.starts[0] == row.ends[0] { continue }  // blank line
            try body(&row)
        }
    }
}

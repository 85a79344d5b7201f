#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CLibXML2
import Synchronization

/// The state of one walk over a parsed HTML body: the source bytes, the text built so far and the model.
///
/// A struct passed `inout` through the walk rather than a class: every access to a class's stored
/// property in the walk's loops cost a dynamic exclusivity check.
struct HTMLWalker {
    /// The HTML source (owned; freed by `deallocate()`).
    let source: UnsafeBufferPointer<UInt8>
    var lineStarts: [Int] = [0]
    var builder: ScanTextBuilder
    var model: HTMLModel
    var textCursor = 0
    var tagCursor = 0
    var breakRun = 0
    var breakRunReported = false
    /// Element names seen, as written (libxml2's HTML parser copies the name into every node).
    private(set) var tags: [HTMLTag] = []
    /// Per entry of `tags`: its name's bytes packed little-endian when the name has at most seven
    /// (so equal keys are equal names), else `HTMLWalker.noKey`.
    private var tagKeys: [UInt64] = []
    private static let noKey = UInt64.max
    /// The tag found last: most elements repeat the one before (`<p>`, `<td>`, `<li>`).
    private var lastTag = -1
    /// Past this many different names, a name is looked up only among the first ones.
    private static let cachedNames = 64
    /// Reused for listing an element's children.
    var children: [xmlNodePtr] = []

    init(html: String, maskPlaceholders: Bool) {
        var text = html
        let buffer = text.withUTF8 { bytes in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            return copy
        }
        source = UnsafeBufferPointer(buffer)
        builder = ScanTextBuilder(maskPlaceholders: maskPlaceholders, capacity: buffer.count)
        model = HTMLModel(text: ScanText(bytes: [], anchors: []))
        if let base = source.baseAddress {
            var cursor = 0
            while cursor < source.count, let found = memchr(base + cursor, 0x0A, source.count - cursor) {
                let newline = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                lineStarts.append(newline + 1)
                cursor = newline + 1
            }
        }
    }

    /// Frees the source copy; the walker is not used afterwards.
    func deallocate() {
        UnsafeMutableBufferPointer(mutating: source).deallocate()
    }

    /// `name`'s bytes packed little-endian when it has at most seven (NUL-terminated), else `noKey`.
    @inline(__always)
    private static func key(_ name: UnsafePointer<xmlChar>) -> UInt64 {
        var key: UInt64 = 0
        for position in 0..<8 {
            let byte = name[position]
            if byte == 0 { return key }
            key |= UInt64(byte) << UInt64(position * 8)
        }
        return noKey
    }

    /// Tags of short names, shared by every walk: a tag depends on its name's bytes alone, and making
    /// one (lower-casing, set lookups) for every name of every document cost more than the lookups.
    private static let sharedTags = Mutex<[UInt64: HTMLTag]>([:])
    /// Names kept in `sharedTags` at most (a body of made-up element names must not grow it without end).
    private static let sharedTagLimit = 1024

    /// The tag for `name`, whose bytes `key` packs.
    private static func sharedTag(_ name: UnsafePointer<xmlChar>, key: UInt64) -> HTMLTag {
        if let shared = sharedTags.withLock({ $0[key] }) { return shared }
        let made = HTMLTag(rawName: name)
        sharedTags.withLock { tags in
            if tags.count < sharedTagLimit { tags[key] = made }
        }
        return made
    }

    /// The index in `tags` of `node`'s element name (an entry made from a name with the same bytes).
    mutating func tag(of node: xmlNodePtr) -> Int {
        let name: UnsafePointer<xmlChar>? = node.pointee.name
        var nameKey = Self.noKey
        if let name {
            nameKey = Self.key(name)
            if nameKey != Self.noKey {
                // Equal keys are equal names: compare integers, not strings.
                if lastTag >= 0 && tagKeys[lastTag] == nameKey { return lastTag }
                for index in 0..<min(tagKeys.count, Self.cachedNames) where tagKeys[index] == nameKey {
                    lastTag = index
                    return index
                }
            } else {
                if lastTag >= 0 && tags[lastTag].matches(name) { return lastTag }
                for index in 0..<min(tags.count, Self.cachedNames) where tags[index].matches(name) {
                    lastTag = index
                    return index
                }
            }
        }
        if let name, nameKey != Self.noKey {
            tags.append(Self.sharedTag(name, key: nameKey))
        } else {
            tags.append(HTMLTag(rawName: name))
        }
        tagKeys.append(nameKey)
        lastTag = name == nil ? -1 : tags.count - 1
        return tags.count - 1
    }

    func lineStart(_ line: Int) -> Int {
        let index = max(0, min(line - 1, lineStarts.count - 1))
        return lineStarts[index]
    }

    /// Where `needle` occurs in the source at or after `from`, searching a bounded window.
    func find(_ needle: UnsafeBufferPointer<UInt8>, from: Int, window: Int = 65_536, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first, let base = source.baseAddress else { return nil }
        let limit = min(source.count - needle.count, from + window)
        var index = max(0, from)
        guard index <= limit else { return nil }
        // With a first byte that is not a letter, a case-insensitive match starts with that very byte.
        let exactFirst = !caseInsensitive || !ByteClass.isASCIILetter(first)
        let lowerFirst = ByteClass.lower(first)
        while index <= limit {
            if exactFirst {
                guard let found = memchr(base + index, Int32(first), limit - index + 1) else { return nil }
                index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            } else if ByteClass.lower(source[index]) != lowerFirst {
                index += 1
                continue
            }
            var matched = true
            for offset in 1..<needle.count {
                let candidate = source[index + offset]
                let equal = caseInsensitive ? ByteClass.lower(candidate) == ByteClass.lower(needle[offset]) : candidate == needle[offset]
                if !equal {
                    matched = false
                    break
                }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }

    func find(_ needle: [UInt8], from: Int, window: Int = 65_536, caseInsensitive: Bool = false) -> Int? {
        needle.withUnsafeBufferPointer { find($0, from: from, window: window, caseInsensitive: caseInsensitive) }
    }

    /// Where the element's start tag begins. libxml2 keeps exact line numbers below 65535; past
    /// that (or when unknown) the tag is searched forward from the last element found, which is
    /// linear over the document because the walk is in document order.
    mutating func elementOffset(_ node: xmlNodePtr) -> Int {
        elementOffset(node, tag: tag(of: node))
    }

    /// `elementOffset(node)` for a node whose name is `tags[tag]`.
    mutating func elementOffset(_ node: xmlNodePtr, tag: Int) -> Int {
        let line = Int(node.pointee.line)
        let name = tags[tag].probe
        if line > 0 && line < 65_535 {
            let start = lineStart(line)
            if name.count > 1, let found = find(name, from: start, window: 4096, caseInsensitive: true) {
                tagCursor = max(tagCursor, found + 1)
                return found
            }
            return start
        }
        if name.count > 1, let found = find(name, from: tagCursor, window: 65_536, caseInsensitive: true) {
            tagCursor = found + 1
            return found
        }
        return tagCursor
    }

    /// Offset of an attribute value: searched from the element's line.
    mutating func attributeOffset(_ node: xmlNodePtr, value: String) -> Int {
        attributeOffset(node, tag: tag(of: node), value: value)
    }

    /// `attributeOffset(node, value:)` for a node whose name is `tags[tag]`.
    mutating func attributeOffset(_ node: xmlNodePtr, tag: Int, value: String) -> Int {
        let start = elementOffset(node, tag: tag)
        let probe = Array(value.utf8.prefix(24))
        if !probe.isEmpty, let found = find(probe, from: start, window: 16_384) { return found }
        return start
    }

    /// Appends the text of a text node (libxml2's NUL-terminated UTF-8).
    mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        let raw = UnsafeBufferPointer(start: content, count: Int(max(0, xmlStrlen(content))))
        if raw.allSatisfy({ $0 < 0x80 }) {
            // ASCII is valid UTF-8 as it is; the string form would hold the same bytes.
            appendText(raw, string: nil)
        } else {
            let text = String(cString: content)
            var bytes = text
            bytes.withUTF8 { appendText($0, string: text) }
        }
    }

    /// `bytes` is the text's UTF-8; `string` the same as a string, when it is not plain ASCII.
    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, string: String?) {
        guard let leading = bytes.firstIndex(where: { $0 > 0x20 }) else {
            builder.append(bytes, sourceStart: textCursor)
            return
        }
        // A printable ASCII byte is a visible character; otherwise ask the Unicode properties.
        // (Text that is all ASCII with a byte above space has one: DEL, too, is not whitespace.)
        let visible = string.map { text in
            bytes.contains(where: { $0 > 0x20 && $0 < 0x7F })
                || text.unicodeScalars.contains { !$0.properties.isWhitespace && $0.value != 0xA0 }
        } ?? true
        if visible {
            breakRun = 0
            breakRunReported = false
        }
        // Locate the text in the source by its first plain run of characters.
        var probeEnd = leading
        while probeEnd < bytes.count && probeEnd - leading < 16 && bytes[probeEnd] > 0x20 && bytes[probeEnd] != 0x26
                && bytes[probeEnd] != 0x3C && bytes[probeEnd] < 0x80 { probeEnd += 1 }
        var sourceStart = textCursor
        if probeEnd > leading, let found = find(UnsafeBufferPointer(rebasing: bytes[leading..<probeEnd]), from: max(textCursor, 0)) {
            sourceStart = found - leading
            textCursor = found + (probeEnd - leading)
        }
        builder.append(bytes, sourceStart: max(0, sourceStart))
    }

    mutating func addBreaks(_ count: Int, node: xmlNodePtr, tag: Int) {
        let offset = elementOffset(node, tag: tag)
        builder.appendBreak(newlines: count, source: offset)
    }
}

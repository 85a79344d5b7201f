import CLibXML2

/// Parses an HTML body with libxml2's tolerant HTML parser and walks it as a mail client would:
/// entities decoded, hidden elements and `<head>`/`<script>`/`<style>` not shown, blocks as line breaks.
enum HTMLParser {
    private static let skipped: Set<String> = ["head", "script", "style", "title", "template", "xml", "meta"]
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
        "article", "header", "footer", "hr", "center", "pre", "address", "dd", "dt", "dl", "tbody", "thead", "td", "th",
        "body", "html", "main", "nav", "aside", "figure", "figcaption",
    ]
    private static let paragraphLike: Set<String> = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]
    private static let embeds: Set<String> = ["video", "audio", "iframe", "object", "embed", "canvas", "svg"]

    private final class Walker {
        let source: [UInt8]
        var lineStarts: [Int] = [0]
        var builder = ScanTextBuilder(maskPlaceholders: false)
        var model: HTMLModel
        var textCursor = 0
        var tagCursor = 0
        var breakRun = 0
        var breakRunReported = false
        var maskPlaceholders: Bool

        init(source: [UInt8], maskPlaceholders: Bool) {
            self.source = source
            self.maskPlaceholders = maskPlaceholders
            builder = ScanTextBuilder(maskPlaceholders: maskPlaceholders, capacity: source.count)
            model = HTMLModel(text: ScanText(bytes: [], anchors: []))
            for (index, byte) in source.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        }

        func lineStart(_ line: Int) -> Int {
            let index = max(0, min(line - 1, lineStarts.count - 1))
            return lineStarts[index]
        }

        /// Where `needle` occurs in the source at or after `from`, searching a bounded window.
        func find(_ needle: [UInt8], from: Int, window: Int = 65_536, caseInsensitive: Bool = false) -> Int? {
            guard let first = needle.first else { return nil }
            let limit = min(source.count - needle.count, from + window)
            guard max(0, from) <= limit else { return nil }
            let lowerFirst = ByteClass.lower(first)
            var index = max(0, from)
            while index <= limit {
                let byte = caseInsensitive ? ByteClass.lower(source[index]) : source[index]
                if byte == (caseInsensitive ? lowerFirst : first) {
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
                }
                index += 1
            }
            return nil
        }

        /// Where the element's start tag begins. libxml2 keeps exact line numbers below 65535; past
        /// that (or when unknown) the tag is searched forward from the last element found, which is
        /// linear over the document because the walk is in document order.
        func elementOffset(_ node: xmlNodePtr) -> Int {
            let line = Int(node.pointee.line)
            let name = node.pointee.name.map(Self.tagProbe) ?? []
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

        /// `<` and the element name as bytes (through `String` only when the name is not ASCII).
        static func tagProbe(_ name: UnsafePointer<xmlChar>) -> [UInt8] {
            let length = Int(max(0, xmlStrlen(name)))
            let raw = UnsafeBufferPointer(start: name, count: length)
            guard raw.allSatisfy({ $0 < 0x80 }) else { return Array(("<" + String(cString: name)).utf8) }
            var probe: [UInt8] = [0x3C]
            probe.append(contentsOf: raw)
            return probe
        }

        /// Offset of an attribute value: searched from the element's line.
        func attributeOffset(_ node: xmlNodePtr, value: String) -> Int {
            let start = elementOffset(node)
            let probe = Array(value.utf8.prefix(24))
            if !probe.isEmpty, let found = find(probe, from: start, window: 16_384) { return found }
            return start
        }

        func appendText(_ content: String, near node: xmlNodePtr) {
            let bytes = Array(content.utf8)
            guard bytes.contains(where: { $0 > 0x20 }) else {
                var copy = bytes
                copy.withUnsafeBufferPointer { builder.append($0, sourceStart: textCursor) }
                return
            }
            // A printable ASCII byte is a visible character; otherwise ask the Unicode properties.
            let visible = bytes.contains(where: { $0 > 0x20 && $0 < 0x7F })
                || content.unicodeScalars.contains { !$0.properties.isWhitespace && $0.value != 0xA0 }
            if visible {
                breakRun = 0
                breakRunReported = false
            }
            // Locate the text in the source by its first plain run of characters.
            let leading = bytes.firstIndex(where: { $0 > 0x20 }) ?? 0
            var probeEnd = leading
            while probeEnd < bytes.count && probeEnd - leading < 16 && bytes[probeEnd] > 0x20 && bytes[probeEnd] != 0x26
                    && bytes[probeEnd] != 0x3C && bytes[probeEnd] < 0x80 { probeEnd += 1 }
            let probe = Array(bytes[leading..<probeEnd])
            var sourceStart = textCursor
            if !probe.isEmpty, let found = find(probe, from: max(textCursor, 0)) {
                sourceStart = found - leading
                textCursor = found + probe.count
            }
            bytes.withUnsafeBufferPointer { builder.append($0, sourceStart: max(0, sourceStart)) }
        }

        func addBreaks(_ count: Int, node: xmlNodePtr) {
            builder.appendBreak(newlines: count, source: elementOffset(node))
        }
    }

    static func parse(_ html: String, maskPlaceholders: Bool) -> HTMLModel {
        xmlInitParser()
        let source = Array(html.utf8)
        let walker = Walker(source: source, maskPlaceholders: maskPlaceholders)
        guard !source.isEmpty else {
            walker.model.text = walker.builder.text
            return walker.model
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = source.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else {
            walker.model.text = walker.builder.text
            return walker.model
        }
        defer { xmlFreeDoc(document) }
        walk(document, walker)
        walker.model.text = walker.builder.text
        return walker.model
    }

    private enum Step {
        case enter(xmlNodePtr, hidden: Bool, inLink: Bool)
        case exit(xmlNodePtr, name: String, snapshot: Int, textCount: Int, imageCount: Int)
    }

    /// Iterative depth-first walk (deeply nested input must not overflow the stack).
    private static func walk(_ document: htmlDocPtr, _ walker: Walker) {
        var stack: [Step] = []
        var child = document.pointee.children
        var roots: [xmlNodePtr] = []
        while let node = child {
            roots.append(node)
            child = node.pointee.next
        }
        for node in roots.reversed() { stack.append(.enter(node, hidden: false, inLink: false)) }
        var visited = 0
        while let step = stack.popLast() {
            visited += 1
            if visited > 2_000_000 { break }
            switch step {
            case .exit(let node, let name, let snapshot, let textCount, let imageCount):
                if paragraphLike.contains(name) && walker.builder.bytes.count == textCount
                    && walker.model.images.count == imageCount {
                    walker.breakRun = max(walker.breakRun, snapshot + 2)
                    reportBreakRun(walker, node)
                }
                if blocks.contains(name) { walker.addBreaks(2, node: node) }
            case .enter(let node, let hidden, let inLink):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if !hidden, let content = node.pointee.content {
                        walker.appendText(String(cString: content), near: node)
                    }
                case XML_ELEMENT_NODE:
                    enter(node, hidden: hidden, inLink: inLink, walker: walker, stack: &stack)
                default:
                    break
                }
            }
        }
    }

    private static func reportBreakRun(_ walker: Walker, _ node: xmlNodePtr) {
        if walker.breakRun > 2 && !walker.breakRunReported {
            walker.breakRunReported = true
            walker.model.markup.append(.init(kind: .breakRun, offset: walker.elementOffset(node)))
        }
    }

    private static func enter(_ node: xmlNodePtr, hidden: Bool, inLink: Bool, walker: Walker, stack: inout [Step]) {
        let name = node.pointee.name.map { String(cString: $0) }?.lowercased() ?? ""
        let attributes = attributesOf(node)
        var declarations: [CSSDeclaration] = []
        if let style = attributes["style"] {
            declarations = CSSDeclaration.parse(inline: style)
            if !declarations.isEmpty {
                walker.model.styles.append(.init(declarations: declarations, offset: walker.attributeOffset(node, value: style)))
            }
        }
        let isHidden = hidden || attributes["hidden"] != nil || declarations.contains(where: \.hides)
            || attributes["aria-hidden"] == "true" && declarations.contains(where: { $0.property == "display" })
        walker.textCursor = max(walker.textCursor, walker.elementOffset(node))

        if name == "style" {
            var sheet = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { sheet += String(cString: content) }
                child = current.pointee.next
            }
            let declarations = CSSDeclaration.parse(sheet: sheet)
            if !declarations.isEmpty { walker.model.styles.append(.init(declarations: declarations, offset: walker.elementOffset(node))) }
            for url in cssURLs(sheet) { walker.model.resources.append(.init(href: url, offset: walker.attributeOffset(node, value: url), clickable: false)) }
            return
        }
        if let style = attributes["style"] {
            for url in cssURLs(style) { walker.model.resources.append(.init(href: url, offset: walker.attributeOffset(node, value: url), clickable: false)) }
        }
        for key in ["background", "poster"] {
            if let value = attributes[key] { walker.model.resources.append(.init(href: value, offset: walker.attributeOffset(node, value: value), clickable: false)) }
        }
        if let align = attributes["align"], align.lowercased().trimmed == "center" {
            walker.model.markup.append(.init(kind: .alignCenter, offset: walker.attributeOffset(node, value: align)))
        }
        switch name {
        case "center":
            walker.model.markup.append(.init(kind: .center, offset: walker.elementOffset(node)))
        case "font":
            let offset = walker.elementOffset(node)
            if attributes["face"] != nil { walker.model.markup.append(.init(kind: .fontFace, offset: offset)) }
            if attributes["color"] != nil { walker.model.markup.append(.init(kind: .fontColor, offset: offset)) }
            if let size = attributes["size"] { walker.model.markup.append(.init(kind: .fontSize("font:\(size.trimmed)"), offset: offset)) }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if let level = Int(name.dropFirst()) { walker.model.markup.append(.init(kind: .heading(level), offset: walker.elementOffset(node))) }
        case "br":
            if !isHidden {
                walker.breakRun += 1
                reportBreakRun(walker, node)
                walker.addBreaks(1, node: node)
            }
        case "img", "image", "input" where name != "input" || attributes["type"]?.lowercased() == "image":
            let src = attributes["src"] ?? attributes["data-src"] ?? ""
            walker.breakRun = 0
            walker.breakRunReported = false
            let labels = ["class", "id", "title", "name"].compactMap { attributes[$0] }.joined(separator: " ").lowercased()
            walker.model.images.append(.init(
                src: src, alt: attributes["alt"] ?? "", labels: labels, width: attributes["width"], height: attributes["height"],
                styles: declarations, hidden: isHidden, insideLink: inLink,
                offset: src.isEmpty ? walker.elementOffset(node) : walker.attributeOffset(node, value: src)))
            if let srcset = attributes["srcset"] {
                for candidate in srcset.split(separator: ",") {
                    let url = candidate.trimmed.split(separator: " ").first.map(String.init) ?? ""
                    if !url.isEmpty { walker.model.resources.append(.init(href: url, offset: walker.attributeOffset(node, value: url), clickable: false)) }
                }
            }
        case "a", "area", "link", "form", "source", "track", "script", "iframe", "embed", "object", "video", "audio", "base":
            for key in ["href", "action", "src", "data"] {
                if let value = attributes[key], !value.isEmpty {
                    let clickable = (name == "a" || name == "area") && key == "href"
                    let link = HTMLModel.Link(href: value.trimmed, offset: walker.attributeOffset(node, value: value), clickable: clickable)
                    if clickable { walker.model.links.append(link) } else { walker.model.resources.append(link) }
                }
            }
        default:
            break
        }
        if embeds.contains(name) {
            walker.model.markup.append(.init(kind: .embed(name), offset: walker.elementOffset(node)))
        }
        if skipped.contains(name) { return }
        if blocks.contains(name) { walker.addBreaks(2, node: node) }
        stack.append(.exit(node, name: name, snapshot: walker.breakRun, textCount: walker.builder.bytes.count,
                           imageCount: walker.model.images.count))
        let childInLink = inLink || (name == "a" && attributes["href"] != nil)
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        for current in children.reversed() { stack.append(.enter(current, hidden: isHidden, inLink: childInLink)) }
    }

    /// The attributes of an element by lower-cased name (entities already decoded by libxml2).
    private static func attributesOf(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                result[String(cString: rawName).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// The URLs in CSS `url(...)` values.
    static func cssURLs(_ css: String) -> [String] {
        let bytes = Array(css.utf8)
        let needle: [UInt8] = Array("url(".utf8)
        var urls: [String] = []
        var index = 0
        while index + needle.count <= bytes.count {
            var matched = true
            for offset in 0..<needle.count where ByteClass.lower(bytes[index + offset]) != needle[offset] {
                matched = false
                break
            }
            guard matched else { index += 1; continue }
            let start = index + needle.count
            var end = start
            while end < bytes.count && bytes[end] != 0x29 { end += 1 }
            let url = String(decoding: bytes[start..<end], as: UTF8.self).trimmed.trimmingQuotes
            if !url.isEmpty { urls.append(url) }
            index = end
        }
        return urls
    }
}

private extension String {
    var trimmingQuotes: String {
        var slice = Substring(self)
        while let first = slice.first, first == "\"" || first == "'" { slice.removeFirst() }
        while let last = slice.last, last == "\"" || last == "'" { slice.removeLast() }
        return String(slice)
    }
}

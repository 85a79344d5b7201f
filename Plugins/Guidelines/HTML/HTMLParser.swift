import CLibXML2

/// Parses an HTML body with libxml2's tolerant HTML parser and walks it as a mail client would:
/// entities decoded, hidden elements and `<head>`/`<script>`/`<style>` not shown, blocks as line breaks.
enum HTMLParser {
    static func parse(_ html: String, maskPlaceholders: Bool) -> HTMLModel {
        xmlInitParser()
        var walker = HTMLWalker(html: html, maskPlaceholders: maskPlaceholders)
        defer { walker.deallocate() }
        let source = walker.source
        guard let base = source.baseAddress, !source.isEmpty else {
            walker.model.text = walker.builder.text
            return walker.model
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let context = ParserContexts.shared.take()
        defer { ParserContexts.shared.give(context) }
        let document: htmlDocPtr? = base.withMemoryRebound(to: CChar.self, capacity: source.count) { chars in
            if let context {
                return htmlCtxtReadMemory(context, chars, Int32(clamping: source.count), nil, "UTF-8", options)
            }
            return htmlReadMemory(chars, Int32(clamping: source.count), nil, "UTF-8", options)
        }
        guard let document else {
            walker.model.text = walker.builder.text
            return walker.model
        }
        defer { xmlFreeDoc(document) }
        walk(document, &walker)
        walker.model.text = walker.builder.text
        return walker.model
    }

    private enum Step {
        case enter(xmlNodePtr, hidden: Bool, inLink: Bool)
        case exit(xmlNodePtr, tag: Int, snapshot: Int, textCount: Int, imageCount: Int)
    }

    /// Iterative depth-first walk (deeply nested input must not overflow the stack).
    private static func walk(_ document: htmlDocPtr, _ walker: inout HTMLWalker) {
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
            case .exit(let node, let tag, let snapshot, let textCount, let imageCount):
                let info = walker.tags[tag]
                if info.isParagraphLike && walker.builder.bytes.count == textCount
                    && walker.model.images.count == imageCount {
                    walker.breakRun = max(walker.breakRun, snapshot + 2)
                    reportBreakRun(&walker, node, tag: tag)
                }
                if info.isBlock { walker.addBreaks(2, node: node, tag: tag) }
            case .enter(let node, let hidden, let inLink):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if !hidden, let content = node.pointee.content {
                        walker.appendText(content)
                    }
                case XML_ELEMENT_NODE:
                    enter(node, hidden: hidden, inLink: inLink, walker: &walker, stack: &stack)
                default:
                    break
                }
            }
        }
    }

    private static func reportBreakRun(_ walker: inout HTMLWalker, _ node: xmlNodePtr, tag: Int) {
        if walker.breakRun > 2 && !walker.breakRunReported {
            walker.breakRunReported = true
            let offset = walker.elementOffset(node, tag: tag)
            walker.model.markup.append(.init(kind: .breakRun, offset: offset))
        }
    }

    private static func enter(_ node: xmlNodePtr, hidden: Bool, inLink: Bool, walker: inout HTMLWalker, stack: inout [Step]) {
        let tag = walker.tag(of: node)
        let info = walker.tags[tag]
        let name = info.name
        let attributes = node.pointee.properties == nil ? HTMLAttributes() : attributesOf(node)
        var declarations: [CSSDeclaration] = []
        if let style = attributes["style"] {
            declarations = CSSDeclaration.parse(inline: style)
            if !declarations.isEmpty {
                let offset = walker.attributeOffset(node, tag: tag, value: style)
                walker.model.styles.append(.init(declarations: declarations, offset: offset))
            }
        }
        let isHidden = hidden || attributes["hidden"] != nil || declarations.contains(where: \.hides)
            || attributes["aria-hidden"] == "true" && declarations.contains(where: { $0.property == "display" })
        let elementOffset = walker.elementOffset(node, tag: tag)
        walker.textCursor = max(walker.textCursor, elementOffset)

        if info.isStyle {
            var sheet = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { sheet += String(cString: content) }
                child = current.pointee.next
            }
            let declarations = CSSDeclaration.parse(sheet: sheet)
            if !declarations.isEmpty {
                let offset = walker.elementOffset(node, tag: tag)
                walker.model.styles.append(.init(declarations: declarations, offset: offset))
            }
            for url in cssURLs(sheet) {
                let offset = walker.attributeOffset(node, tag: tag, value: url)
                walker.model.resources.append(.init(href: url, offset: offset, clickable: false))
            }
            return
        }
        if let style = attributes["style"] {
            for url in cssURLs(style) {
                let offset = walker.attributeOffset(node, tag: tag, value: url)
                walker.model.resources.append(.init(href: url, offset: offset, clickable: false))
            }
        }
        for key in Self.resourceAttributes {
            if let value = attributes[key] {
                let offset = walker.attributeOffset(node, tag: tag, value: value)
                walker.model.resources.append(.init(href: value, offset: offset, clickable: false))
            }
        }
        if let align = attributes["align"], align.lowercased().trimmed == "center" {
            let offset = walker.attributeOffset(node, tag: tag, value: align)
            walker.model.markup.append(.init(kind: .alignCenter, offset: offset))
        }
        if info.isSpecial {
            switch name {
            case "center":
                let offset = walker.elementOffset(node, tag: tag)
                walker.model.markup.append(.init(kind: .center, offset: offset))
            case "font":
                let offset = walker.elementOffset(node, tag: tag)
                if attributes["face"] != nil { walker.model.markup.append(.init(kind: .fontFace, offset: offset)) }
                if attributes["color"] != nil { walker.model.markup.append(.init(kind: .fontColor, offset: offset)) }
                if let size = attributes["size"] { walker.model.markup.append(.init(kind: .fontSize("font:\(size.trimmed)"), offset: offset)) }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                if let level = Int(name.dropFirst()) {
                    let offset = walker.elementOffset(node, tag: tag)
                    walker.model.markup.append(.init(kind: .heading(level), offset: offset))
                }
            case "br":
                if !isHidden {
                    walker.breakRun += 1
                    reportBreakRun(&walker, node, tag: tag)
                    walker.addBreaks(1, node: node, tag: tag)
                }
            case let image where image == "img" || image == "image" || (image == "input" && attributes["type"]?.lowercased() == "image"):
                let src = attributes["src"] ?? attributes["data-src"] ?? ""
                walker.breakRun = 0
                walker.breakRunReported = false
                let labels = Self.labelAttributes.compactMap { attributes[$0] }.joined(separator: " ").lowercased()
                let offset = src.isEmpty ? walker.elementOffset(node, tag: tag) : walker.attributeOffset(node, tag: tag, value: src)
                walker.model.images.append(.init(
                    src: src, alt: attributes["alt"] ?? "", labels: labels, width: attributes["width"], height: attributes["height"],
                    styles: declarations, hidden: isHidden, insideLink: inLink, offset: offset))
                if let srcset = attributes["srcset"] {
                    for candidate in srcset.split(separator: ",") {
                        let url = candidate.trimmed.split(separator: " ").first.map(String.init) ?? ""
                        if !url.isEmpty {
                            let offset = walker.attributeOffset(node, tag: tag, value: url)
                            walker.model.resources.append(.init(href: url, offset: offset, clickable: false))
                        }
                    }
                }
            case "a", "area", "link", "form", "source", "track", "script", "iframe", "embed", "object", "video", "audio", "base":
                for key in Self.linkAttributes {
                    if let value = attributes[key], !value.isEmpty {
                        let clickable = (name == "a" || name == "area") && key == "href"
                        let offset = walker.attributeOffset(node, tag: tag, value: value)
                        let link = HTMLModel.Link(href: value.trimmed, offset: offset, clickable: clickable)
                        if clickable { walker.model.links.append(link) } else { walker.model.resources.append(link) }
                    }
                }
            default:
                break
            }
        }
        if info.isEmbed {
            let offset = walker.elementOffset(node, tag: tag)
            walker.model.markup.append(.init(kind: .embed(name), offset: offset))
        }
        if info.isSkipped { return }
        if info.isBlock { walker.addBreaks(2, node: node, tag: tag) }
        stack.append(.exit(node, tag: tag, snapshot: walker.breakRun, textCount: walker.builder.bytes.count,
                           imageCount: walker.model.images.count))
        let childInLink = inLink || (info.isAnchor && attributes["href"] != nil)
        walker.children.removeAll(keepingCapacity: true)
        var child = node.pointee.children
        while let current = child {
            walker.children.append(current)
            child = current.pointee.next
        }
        for current in walker.children.reversed() { stack.append(.enter(current, hidden: isHidden, inLink: childInLink)) }
    }

    private static let resourceAttributes = ["background", "poster"]
    private static let labelAttributes = ["class", "id", "title", "name"]
    private static let linkAttributes = ["href", "action", "src", "data"]

    /// The attributes of an element by lower-cased name (entities already decoded by libxml2).
    private static func attributesOf(_ node: xmlNodePtr) -> HTMLAttributes {
        var result = HTMLAttributes()
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

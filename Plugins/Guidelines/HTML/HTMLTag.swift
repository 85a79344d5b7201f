#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CLibXML2

/// What the walk needs to know about an element name, worked out once per name and document.
/// Immutable; a class so that taking one out of the walker's list is one retain, not one per field.
final class HTMLTag: Sendable {
    /// The name, lower case.
    let name: String
    /// `<` and the name as written, to find the start tag in the source (case-insensitively).
    let probe: [UInt8]
    let isSkipped: Bool
    let isBlock: Bool
    let isParagraphLike: Bool
    let isEmbed: Bool
    let isStyle: Bool
    let isAnchor: Bool
    /// Whether the walk has a case of its own for this name (see `special`).
    let isSpecial: Bool

    static let skipped: Set<String> = ["head", "script", "style", "title", "template", "xml", "meta"]
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
        "article", "header", "footer", "hr", "center", "pre", "address", "dd", "dt", "dl", "tbody", "thead", "td", "th",
        "body", "html", "main", "nav", "aside", "figure", "figcaption",
    ]
    static let paragraphLike: Set<String> = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]
    static let embeds: Set<String> = ["video", "audio", "iframe", "object", "embed", "canvas", "svg"]
    /// Every name the walk's `switch` over element names handles.
    static let special: Set<String> = [
        "center", "font", "h1", "h2", "h3", "h4", "h5", "h6", "br", "img", "image", "input",
        "a", "area", "link", "form", "source", "track", "script", "iframe", "embed", "object", "video", "audio", "base",
    ]

    /// The name's bytes as libxml2 gave them, NUL-terminated (nil for a node without a name).
    private let rawName: [CChar]?

    init(rawName: UnsafePointer<xmlChar>?) {
        self.rawName = rawName.map { name in
            name.withMemoryRebound(to: CChar.self, capacity: Int(max(0, xmlStrlen(name))) + 1) { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
        }
        name = rawName.map { String(cString: $0) }?.lowercased() ?? ""
        probe = rawName.map(Self.probe) ?? []
        isSkipped = Self.skipped.contains(name)
        isBlock = Self.blocks.contains(name)
        isParagraphLike = Self.paragraphLike.contains(name)
        isEmbed = Self.embeds.contains(name)
        isStyle = name == "style"
        isAnchor = name == "a"
        isSpecial = Self.special.contains(name)
    }

    /// Whether this tag was made from a name with exactly these bytes.
    func matches(_ other: UnsafePointer<xmlChar>) -> Bool {
        guard let rawName else { return false }
        return rawName.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            return other.withMemoryRebound(to: CChar.self, capacity: bytes.count) { strcmp(base, $0) == 0 }
        }
    }

    /// `<` and the element name as bytes (through `String` only when the name is not ASCII).
    static func probe(_ name: UnsafePointer<xmlChar>) -> [UInt8] {
        let length = Int(max(0, xmlStrlen(name)))
        let raw = UnsafeBufferPointer(start: name, count: length)
        guard raw.allSatisfy({ $0 < 0x80 }) else { return Array(("<" + String(cString: name)).utf8) }
        var probe: [UInt8] = [0x3C]
        probe.append(contentsOf: raw)
        return probe
    }
}

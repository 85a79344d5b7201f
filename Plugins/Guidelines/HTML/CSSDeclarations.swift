/// A CSS declaration (`property: value`), lower case, from a `style` attribute or a `<style>` block.
struct CSSDeclaration: Sendable, Hashable {
    var property: String
    var value: String

    /// Declarations of a `style` attribute.
    static func parse(inline style: String) -> [CSSDeclaration] {
        style.lowercased().split(separator: ";").compactMap { part in
            guard let colon = part.firstIndex(of: ":") else { return nil }
            let property = part[..<colon].trimmed
            let value = part[part.index(after: colon)...].trimmed.replacingOccurrences("!important", "").trimmed
            guard !property.isEmpty else { return nil }
            return CSSDeclaration(property: property, value: value)
        }
    }

    /// Declarations inside every `{ ... }` block of a style sheet (selectors are not needed).
    static func parse(sheet: String) -> [CSSDeclaration] {
        var result: [CSSDeclaration] = []
        var text = Substring(sheet)
        // Drop comments.
        var cleaned = ""
        while let open = text.firstRange(of: "/*") {
            cleaned += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].firstRange(of: "*/") else { text = ""; break }
            text = text[close.upperBound...]
        }
        cleaned += text
        for block in cleaned.split(separator: "{").dropFirst() {
            let body = block.split(separator: "}", maxSplits: 1).first ?? ""
            result += parse(inline: String(body))
        }
        return result
    }

    /// Numbers with their unit in the value: `0 25%` → [(0, ""), (25, "%")].
    var quantities: [(Double, String)] {
        value.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { token in
            let digits = token.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            guard let number = Double(digits) else { return nil }
            return (number, String(token.dropFirst(digits.count)))
        }
    }

    /// Whether the property hides an element (`display:none`, `visibility:hidden`, zero size text or opacity).
    var hides: Bool {
        switch property {
        case "display": value.hasPrefix("none")
        case "visibility": value.hasPrefix("hidden")
        case "opacity": Double(value) == 0
        case "max-height", "height", "font-size", "max-width", "width": value == "0" || value == "0px"
        default: false
        }
    }
}

extension Substring {
    var trimmed: String {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

extension String {
    var trimmed: String { Substring(self).trimmed }
}

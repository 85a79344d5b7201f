#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTML-only rules: links and resources in attributes, `media` and `styling`.
enum HTMLRules {
    /// Whether `text` contains `word`, compared as UTF-8 bytes (Foundation's search costs a
    /// conversion per call, and these run for every link and image).
    static func has(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard let first = needle.first, let pattern = needle.baseAddress else { return true }
                guard needle.count <= haystack.count else { return false }
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    guard let base = haystack.baseAddress, let found = memchr(base + index, Int32(first), last - index + 1) else { return false }
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + index, pattern, needle.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }

    private static func body(_ rule: String, _ message: String, _ offset: Int) -> PendingFinding {
        PendingFinding(rule: rule, message: message, place: .field(.body, sourceOffset: offset))
    }

    /// `href`, `src`, `url()`: external links, insecure links, mailto/tel and unsubscribe links.
    static func attributes(_ model: HTMLModel, allowedDomains: [String]) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for link in model.links {
            let lowered = link.href.lowercased()
            if lowered.hasPrefix("mailto:") {
                findings.append(body("email-address", "Email link: \(link.href)", link.offset))
                continue
            }
            if lowered.hasPrefix("tel:") || lowered.hasPrefix("sms:") {
                findings.append(body("phone-number", "Phone link: \(link.href)", link.offset))
                continue
            }
            if ["unsubscribe", "optout", "opt-out", "opt_out", "abmelden", "desinscri", "désinscri", "baja", "disiscri"]
                .contains(where: { has(lowered, $0) }) {
                findings.append(body("opt-out-link", "Unsubscribe link: \(link.href)", link.offset))
            }
            if lowered.hasPrefix("http://") {
                findings.append(body("insecure-link", "Insecure http:// link: \(link.href)", link.offset))
            }
            if let host = host(of: lowered), !DomainNames.isAmazon(host), !DomainNames.isAllowed(host, allowed: allowedDomains) {
                findings.append(body("external-link", "Link to a site outside Amazon: \(link.href)", link.offset))
            }
        }
        for image in model.images where image.src.lowercased().hasPrefix("http://") {
            findings.append(body("insecure-link", "Image loaded over insecure http://: \(image.src)", image.offset))
        }
        for resource in model.resources where resource.href.lowercased().hasPrefix("http://") {
            findings.append(body("insecure-link", "Resource loaded over insecure http://: \(resource.href)", resource.offset))
        }
        return findings
    }

    /// Where the first `://` of `text` is, found on its UTF-8 bytes.
    static func schemeSeparator(in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let colon = utf8[index...].firstIndex(of: UInt8(ascii: ":")) {
            let after = utf8.index(after: colon)
            if utf8[after...].starts(with: "//".utf8) { return colon..<utf8.index(after, offsetBy: 2) }
            index = after
        }
        return nil
    }

    /// The host of an absolute or protocol-relative URL; nil for relative links, anchors and placeholders.
    static func host(of url: String) -> String? {
        var rest = Substring(url.trimmed)
        if let scheme = schemeSeparator(in: rest) {
            let name = rest[..<scheme.lowerBound]
            guard name == "http" || name == "https" || name == "ftp" else { return nil }
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("www.") {
            // bare www link in an href
        } else {
            let candidate = LinkScanner.hostPart(rest)
            guard candidate.contains("."), DomainNames.isDomain(Substring(candidate), requireStrict: false) else { return nil }
            return candidate
        }
        let host = LinkScanner.hostPart(rest)
        if host.hasPrefix("{{") || host.isEmpty { return host.isEmpty ? nil : host }
        return host
    }

    static func media(_ model: HTMLModel) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        let productWords = ["product", "produkt", "produit", "producto", "prodotto", "{{product_name}}", "{{asin}}", "artikelbild", "item-photo", "item_photo"]
        let trackingWords = ["pixel", "track", "beacon", "/open", "open.gif", "openrate", "wf/open", "/o.gif", "/e/o/", "spacer"]
        for image in model.images {
            let src = image.src.lowercased()
            let path = src.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? src
            if path.hasSuffix(".gif") || src.hasPrefix("data:image/gif") {
                findings.append(body("media", "GIF image: \(image.src)", image.offset))
                continue
            }
            if isPixel(image) || trackingWords.contains(where: { has(src, $0) }) {
                findings.append(body("media", "Tracking pixel (tiny, hidden or tracking image): \(image.src.isEmpty ? "<img>" : image.src)", image.offset))
                continue
            }
            let described = "\(src) \(image.alt.lowercased()) \(image.labels)"
            if productWords.contains(where: { has(described, $0) }) || has(src, "media-amazon.com/images/i/")
                || has(src, "images-amazon.com/images/i/") {
                findings.append(body("media", "Image of the product (Amazon adds its own): \(image.src)", image.offset))
                continue
            }
            if image.insideLink {
                findings.append(body("media", "Image wrapped in a link: \(image.src)", image.offset))
                continue
            }
            let shownText = "\(image.alt) \(image.labels)".split(separator: " ")
            if shownText.contains(where: { DomainNames.isDomain($0, requireStrict: false) || $0.lowercased().hasPrefix("www.") }) {
                findings.append(body("media", "Image showing a web address: \(image.alt)", image.offset))
            }
        }
        for item in model.markup {
            if case .embed(let name) = item.kind {
                findings.append(body("media", "Embedded media (<\(name)>)", item.offset))
            }
        }
        for resource in model.resources {
            let lowered = resource.href.lowercased()
            let path = lowered.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? lowered
            if path.hasSuffix(".gif") { findings.append(body("media", "GIF image: \(resource.href)", resource.offset)) }
        }
        return findings
    }

    private static func isPixel(_ image: HTMLModel.Image) -> Bool {
        if image.hidden { return true }
        func tiny(_ value: String?) -> Bool {
            guard let value else { return false }
            let digits = value.trimmed.prefix { $0.isNumber || $0 == "." }
            guard let number = Double(digits) else { return false }
            return number <= 1 && !value.contains("%")
        }
        if tiny(image.width) || tiny(image.height) { return true }
        for declaration in image.styles {
            if declaration.hides { return true }
            if ["width", "height", "max-width", "max-height"].contains(declaration.property), tiny(declaration.value) { return true }
        }
        return false
    }

    static func styling(_ model: HTMLModel) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        var sizes: [String] = []
        var sizesReported = false
        func addSize(_ value: String, _ offset: Int) {
            if !sizes.contains(value) { sizes.append(value) }
            if sizes.count > 3 && !sizesReported {
                sizesReported = true
                findings.append(body("styling", "More than three font sizes (\(sizes.joined(separator: ", ")))", offset))
            }
        }
        for style in model.styles {
            for declaration in style.declarations {
                let property = declaration.property
                let value = declaration.value
                switch property {
                case "text-align" where value.hasPrefix("center"):
                    findings.append(body("styling", "Centred text (text-align:center)", style.offset))
                case "font-family", "line-height", "color":
                    findings.append(body("styling", "Overrides the default \(property.replacingOccurrences("-", " ")) (\(property):\(value))", style.offset))
                case "font":
                    findings.append(body("styling", "Overrides the default font (font:\(value))", style.offset))
                case "font-size":
                    addSize(value, style.offset)
                case _ where property.hasPrefix("margin"):
                    if declaration.quantities.contains(where: { $0.1 == "%" && $0.0 > 20 }) {
                        findings.append(body("styling", "Margin wider than 20% (\(property):\(value))", style.offset))
                    }
                default:
                    break
                }
            }
        }
        for item in model.markup {
            switch item.kind {
            case .center: findings.append(body("styling", "Centred text (<center>)", item.offset))
            case .alignCenter: findings.append(body("styling", "Centred block (align=center)", item.offset))
            case .fontFace: findings.append(body("styling", "Overrides the default font family (<font face>)", item.offset))
            case .fontColor: findings.append(body("styling", "Overrides the default font colour (<font color>)", item.offset))
            case .fontSize(let size): addSize(size, item.offset)
            case .heading(let level): addSize("h\(level)", item.offset)
            case .breakRun: findings.append(body("styling", "More than two line breaks in a row (<br> runs or empty paragraphs)", item.offset))
            case .embed: break
            }
        }
        for image in model.images {
            var widths: [String] = []
            if let width = image.width { widths.append(width.trimmed.lowercased()) }
            widths += image.styles.filter { $0.property == "width" || $0.property == "min-width" }.map(\.value)
            for width in widths {
                let digits = width.prefix { $0.isNumber || $0 == "." }
                guard let number = Double(digits) else { continue }
                let unit = width.dropFirst(digits.count).trimmed
                if (unit == "%" && number > 80) || ((unit.isEmpty || unit == "px") && number > 480) {
                    findings.append(body("styling", "Image wider than 80% of the message (width \(width))", image.offset))
                    break
                }
            }
        }
        return findings
    }
}

/// What a mail client would show and load from an HTML body, with source offsets for findings.
struct HTMLModel: Sendable {
    struct Image: Sendable {
        var src: String
        var alt: String
        /// Lower-cased `class`, `id`, `title` and `name` attributes together.
        var labels: String
        var width: String?
        var height: String?
        var styles: [CSSDeclaration]
        var hidden: Bool
        var insideLink: Bool
        var offset: Int
    }

    struct Link: Sendable {
        var href: String
        var offset: Int
        /// `a`/`area` links are followed by the buyer; `link`, `form` and others are resources.
        var clickable: Bool
    }

    struct Style: Sendable {
        var declarations: [CSSDeclaration]
        var offset: Int
    }

    /// Something the styling rule judges that is not a CSS declaration.
    struct Markup: Sendable {
        enum Kind: Sendable { case center, alignCenter, fontFace, fontColor, fontSize(String), heading(Int), breakRun, embed(String) }
        var kind: Kind
        var offset: Int
    }

    var text: ScanText
    var images: [Image] = []
    var links: [Link] = []
    var styles: [Style] = []
    var markup: [Markup] = []
    /// Resource URLs from CSS (`url(...)`), `background` attributes and `srcset`.
    var resources: [Link] = []
}

import AgencyPluginAPI

/// A message template: front matter (subject, type, format, language, attachments) and a body.
public struct Template: Sendable {
    public var name: String
    public var seller: SellerID?
    /// How the file is named in messages and reports (relative to the workspace when inside one).
    public var displayPath: String
    public var subject: TextField
    public var type: String
    public var typeLine: Int
    public var format: MessageFormat
    public var language: String?
    public var attachments: [Attachment]
    public var body: TextField
    /// The file as written, for excerpts.
    public var source: String

    /// The template as a message to check, before rendering.
    public func document(defaultLanguage: String?) -> MessageDocument {
        MessageDocument(
            origin: MessageOrigin(file: displayPath, seller: seller?.rawValue, template: name),
            subject: subject, body: body, format: format, type: type,
            language: language ?? defaultLanguage, attachments: attachments,
            isRendered: false, typeLine: typeLine)
    }
}

/// Splits a `.tmpl` file into front matter and body and validates the front matter.
public enum TemplateParser {
    static let keys: Set<String> = ["subject", "type", "format", "language", "attachments"]

    public static func parse(_ source: String, name: String, seller: SellerID?, displayPath file: String) throws -> Template {
        try parse(source, name: name, seller: seller, displayPath: file, simpleFrontMatter: true)
    }

    /// `simpleFrontMatter: false` reads every front matter with Yams (tests compare the two readers).
    static func parse(_ source: String, name: String, seller: SellerID?, displayPath file: String,
                      simpleFrontMatter: Bool) throws -> Template {
        // Scan only the front matter line by line; the body (which may be megabytes) is sliced once.
        let utf8 = source.utf8
        var lines: [Substring] = []
        var closing: Int?
        var bodyStart = utf8.endIndex
        var cursor = utf8.startIndex
        while true {
            let newline = utf8[cursor...].firstIndex(of: UInt8(ascii: "\n"))
            let line = source[cursor..<(newline ?? utf8.endIndex)]
            lines.append(line)
            let next = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            if lines.count == 1 {
                guard line.trimmingTrailingWhitespace == "---" else {
                    throw InputError(file: file, line: 1, "missing front matter: a template starts with a '---' line, then subject, type and format, then '---'")
                }
            } else if line.trimmingTrailingWhitespace == "---" {
                closing = lines.count - 1
                bodyStart = next
                break
            }
            guard newline != nil, next < utf8.endIndex else { break }
            cursor = next
        }
        guard let closing else {
            throw InputError(file: file, line: lines.count, "front matter is not closed: add a '---' line after it")
        }
        if simpleFrontMatter, let simple = SimpleFrontMatter.parse(lines[1..<closing], firstLine: 2, allowed: keys),
           let template = simpleTemplate(simple, source: source, bodyStart: bodyStart, bodyLine: closing + 2,
                                         name: name, seller: seller, displayPath: file) {
            return template
        }
        let frontMatter = lines[1..<closing].joined(separator: "\n")
        let yaml = try YAMLReader.parse(frontMatter, file: file, lineOffset: 1)
        try yaml.rejectUnknownKeys(allowed: keys)

        guard let subjectNode = yaml.node("subject"), let subjectText = subjectNode.scalar?.string else {
            throw InputError(file: file, line: yaml.line, field: "subject", "missing subject")
        }
        let subjectLine = yaml.line(of: subjectNode)
        var subjectColumn = subjectNode.mark?.column ?? 1
        let subjectSourceLine = lines[subjectLine - 1]
        if let quote = subjectSourceLine.dropFirst(subjectColumn - 1).first, quote == "\"" || quote == "'" {
            subjectColumn += 1
        }

        guard let type = try yaml.string("type") else {
            throw InputError(file: file, line: yaml.line, field: "type",
                             "missing message type (one of: \(MessageType.all.map(\.id).joined(separator: ", ")))")
        }
        guard MessageType.named(type) != nil else {
            throw InputError(file: file, line: yaml.keyLine("type"), field: "type",
                             "unknown message type '\(type)' (one of: \(MessageType.all.map(\.id).joined(separator: ", ")))")
        }
        let formatText = try yaml.string("format") ?? "text"
        guard let format = MessageFormat(rawValue: formatText) else {
            throw InputError(file: file, line: yaml.keyLine("format"), field: "format", "invalid format '\(formatText)' (use text or html)")
        }
        let language = try yaml.string("language")
        if let language { try LanguageCode.validate(language, file: file, line: yaml.keyLine("language"), field: "language") }

        var attachments: [Attachment] = []
        for item in try yaml.mappingList("attachments") ?? [] {
            try item.rejectUnknownKeys(allowed: ["name", "kind"], context: "attachments")
            guard let attachmentName = try item.string("name"), !attachmentName.isEmpty else {
                throw InputError(file: file, line: item.line, field: "attachments.name", "attachment without a name")
            }
            attachments.append(Attachment(name: attachmentName, kind: try item.string("kind") ?? "unknown", line: item.line))
        }

        let bodyLine = closing + 2
        let body = String(source[bodyStart...])
        return Template(
            name: name, seller: seller, displayPath: file,
            subject: TextField(text: subjectText, line: subjectLine, column: subjectColumn),
            type: type, typeLine: yaml.keyLine("type") ?? yaml.line, format: format, language: language,
            attachments: attachments, body: TextField(text: body, line: bodyLine, column: 1), source: source)
    }
}

extension TemplateParser {
    /// The template from front matter read without Yams, or nil when anything in it would be an error
    /// (the Yams path then reports it, with the same wording and line).
    static func simpleTemplate(_ frontMatter: SimpleFrontMatter, source: String, bodyStart: String.Index, bodyLine: Int,
                               name: String, seller: SellerID?, displayPath file: String) -> Template? {
        guard let subject = frontMatter.entry("subject"), let type = frontMatter.entry("type"),
              MessageType.named(type.value) != nil, frontMatter.entry("attachments") == nil else { return nil }
        let format: MessageFormat
        if let formatEntry = frontMatter.entry("format") {
            guard let named = MessageFormat(rawValue: formatEntry.value) else { return nil }
            format = named
        } else {
            format = .text
        }
        let language = frontMatter.entry("language")
        if let language {
            guard (try? LanguageCode.validate(language.value, file: file, line: language.line, field: "language")) != nil else { return nil }
        }
        let subjectColumn = subject.quoted ? subject.column + 1 : subject.column
        return Template(
            name: name, seller: seller, displayPath: file,
            subject: TextField(text: subject.value, line: subject.line, column: subjectColumn),
            type: type.value, typeLine: type.line, format: format, language: language?.value,
            attachments: [], body: TextField(text: String(source[bodyStart...]), line: bodyLine, column: 1), source: source)
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}

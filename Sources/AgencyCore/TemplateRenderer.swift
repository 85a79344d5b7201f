import AgencyPluginAPI
import Mustache

/// Renders a template's subject and body with Mustache, giving the message as it would be sent.
public enum TemplateRenderer {
    /// The rendered message; positions stay those of the template so findings still point at its lines.
    public static func render(_ template: Template, values: [String: String], defaultLanguage: String?) throws -> MessageDocument {
        var document = template.document(defaultLanguage: defaultLanguage)
        document.subject.text = try render(template.subject.text, values: values, format: .text, file: template.displayPath)
        document.body.text = try render(template.body.text, values: values, format: template.format, file: template.displayPath)
        document.isRendered = true
        return document
    }

    static func render(_ text: String, values: [String: String], format: MessageFormat, file: String) throws -> String {
        // Plain-text messages must not get HTML escaping of `&`, `<`, `"`.
        let pragma = format == .html ? "" : "{{% CONTENT_TYPE: TEXT}}"
        do {
            return try MustacheTemplate(string: pragma + text).render(values)
        } catch {
            throw InputError(file: file, field: "body", "invalid Mustache syntax: \(error)")
        }
    }
}

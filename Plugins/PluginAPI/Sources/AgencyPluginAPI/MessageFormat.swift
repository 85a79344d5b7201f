/// The markup of a message body.
@frozen
public enum MessageFormat: String, Sendable, Codable, CaseIterable {
    case text, html
}

/// An Amazon marketplace: its short code, Selling Partner API id, time zone and language.
public struct Marketplace: Sendable, Hashable {
    public let code: String
    public let id: String
    public let domain: String
    /// Time zone in which the marketplace's days are counted.
    public let timeZone: String
    public let language: String

    public static let all: [Marketplace] = [
        .init(code: "US", id: "ATVPDKIKX0DER", domain: "amazon.com", timeZone: "America/Los_Angeles", language: "en"),
        .init(code: "CA", id: "A2EUQ1WTGCTBG2", domain: "amazon.ca", timeZone: "America/Los_Angeles", language: "en"),
        .init(code: "MX", id: "A1AM78C64UM0Y8", domain: "amazon.com.mx", timeZone: "America/Mexico_City", language: "es"),
        .init(code: "UK", id: "A1F83G8C2ARO7P", domain: "amazon.co.uk", timeZone: "Europe/London", language: "en"),
        .init(code: "DE", id: "A1PA6795UKMFR9", domain: "amazon.de", timeZone: "Europe/Berlin", language: "de"),
        .init(code: "FR", id: "A13V1IB3VIYZZH", domain: "amazon.fr", timeZone: "Europe/Paris", language: "fr"),
        .init(code: "IT", id: "APJ6JRA9NG5V4", domain: "amazon.it", timeZone: "Europe/Rome", language: "it"),
        .init(code: "ES", id: "A1RKKUPIHCS9HS", domain: "amazon.es", timeZone: "Europe/Madrid", language: "es"),
        .init(code: "NL", id: "A1805IZSGTT6HS", domain: "amazon.nl", timeZone: "Europe/Amsterdam", language: "nl"),
        .init(code: "SE", id: "A2NODRKZP88ZB9", domain: "amazon.se", timeZone: "Europe/Stockholm", language: "sv"),
        .init(code: "PL", id: "A1C3SOZRARQ6R3", domain: "amazon.pl", timeZone: "Europe/Warsaw", language: "pl"),
        .init(code: "JP", id: "A1VC38T7YXB528", domain: "amazon.co.jp", timeZone: "Asia/Tokyo", language: "ja"),
    ]

    /// Looks a marketplace up by code (`UK` and `GB` are the same), SP-API id, sales channel
    /// (`Amazon.de`) or domain.
    public static func find(_ key: String) -> Marketplace? {
        let upper = key.uppercased() == "GB" ? "UK" : key.uppercased()
        let lower = key.lowercased()
        return all.first { $0.code == upper || $0.id == key || $0.domain == lower || "www.\($0.domain)" == lower }
    }
}

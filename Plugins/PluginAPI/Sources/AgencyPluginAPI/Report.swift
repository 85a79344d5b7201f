import Foundation

/// What a report is about.
@frozen
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    /// Findings from `check`, `audit`, or `export --kind findings`.
    case findings
    /// Ledger orders, one row per order.
    case orders
    /// Ledger messages, one row per message.
    case messages
    /// One row per seller with counts.
    case summary
}

/// Counts for one seller, shown at the end of findings reports and in `summary` exports.
public struct SellerSummary: Sendable, Hashable, Codable {
    public var seller: String
    public var name: String?
    public var templates: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var orders: Int?
    public var messagesLast30Days: Int?
    public var reviewRequests: Int?
    public var eligibleToday: Int?
    public var optedOut: Int?

    public init(seller: String, name: String? = nil, templates: Int = 0, errors: Int = 0, warnings: Int = 0,
                notes: Int = 0, orders: Int? = nil, messagesLast30Days: Int? = nil, reviewRequests: Int? = nil,
                eligibleToday: Int? = nil, optedOut: Int? = nil) {
        self.seller = seller
        self.name = name
        self.templates = templates
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.orders = orders
        self.messagesLast30Days = messagesLast30Days
        self.reviewRequests = reviewRequests
        self.eligibleToday = eligibleToday
        self.optedOut = optedOut
    }
}

/// Totals that close a findings report.
public struct ReportSummary: Sendable, Hashable, Codable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var sellers: [SellerSummary]

    public init(files: Int = 0, errors: Int = 0, warnings: Int = 0, notes: Int = 0, sellers: [SellerSummary] = []) {
        self.files = files
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.sellers = sellers
    }
}

/// Facts every report may show in its header.
public struct ReportOptions: Sendable {
    public var toolName: String
    public var toolVersion: String
    /// Name of the workspace (agency), if any.
    public var workspace: String?
    public var generatedAt: Date
    /// Colour escape codes are allowed (a terminal, and no `NO_COLOR`).
    public var colour: Bool
    /// Every known rule, so reports can describe and link the ones they mention.
    public var rules: [RuleDescriptor]

    public init(toolName: String = "agency", toolVersion: String, workspace: String? = nil,
                generatedAt: Date = Date(), colour: Bool = false, rules: [RuleDescriptor] = []) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.workspace = workspace
        self.generatedAt = generatedAt
        self.colour = colour
        self.rules = rules
    }
}

/// Where a report's text goes: a file or standard output. Writes are buffered by the host.
public protocol ReportSink: AnyObject {
    func write(_ text: String) throws
    /// Writes UTF-8 text given as bytes, for writers that build their output as bytes (no
    /// `String` made of it). The default decodes the bytes and calls `write(_:)`.
    func write(utf8 bytes: UnsafeRawBufferPointer) throws
}

extension ReportSink {
    public func write(utf8 bytes: UnsafeRawBufferPointer) throws {
        try write(String(decoding: bytes, as: UTF8.self))
    }
}

/// Writes one report as a stream: `begin`, any number of `write` calls, then `finish`.
public protocol ReportWriter: AnyObject {
    /// Starts the report; `columns` names the fields of table rows (empty for findings).
    func begin(columns: [String]) throws
    /// Writes one finding (findings reports).
    func write(finding: Finding) throws
    /// Writes one table row, values in `columns` order (orders, messages, summary reports).
    func write(row: [String?]) throws
    /// Ends the report.
    func finish(summary: ReportSummary) throws
}

/// A report format, e.g. `json`, `csv`, `sarif`.
public protocol Exporter: Sendable {
    /// Format id used with `--format ID[:PATH]`.
    var id: String { get }
    /// One line for `plugins list --kind exporter`.
    var summary: String { get }
    /// File extension for reports written to a folder, without the dot.
    var fileExtension: String { get }
    /// The kinds of report this format can write.
    var supportedKinds: Set<ReportKind> { get }
    /// A writer for one report of `kind` into `sink`.
    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter
}

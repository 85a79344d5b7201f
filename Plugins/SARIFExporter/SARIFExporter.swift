import AgencyPluginAPI
import Foundation

/// SARIF 2.1.0 for CI code scanning: one run whose `tool.driver.rules[]` describes every
/// reported rule, and one result per finding with its rule, level and location. Message
/// findings point at the template file (physical location); ledger findings at the order
/// (logical location). Findings only.
struct SARIFExporter: Exporter {
    let id = "sarif"
    let summary = "SARIF 2.1.0 for CI code scanning (GitHub, GitLab, Azure DevOps)"
    let fileExtension = "sarif"
    let supportedKinds: Set<ReportKind> = [.findings]

    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        guard kind == .findings else { throw PluginError("the sarif format writes findings only, not \(kind.rawValue)") }
        return SARIFWriter(sink: sink, options: options)
    }
}

/// Streams `results` first and writes `tool` (with the rules met on the way) at the end;
/// key order does not matter in JSON. Keeps one entry per distinct rule id.
final class SARIFWriter: ReportWriter {
    private let sink: any ReportSink
    private let options: ReportOptions
    private let known: [String: RuleDescriptor]
    /// Reported rules in order of first appearance, with the level of that first finding.
    private var reported: [(id: String, level: RuleLevel)] = []
    private var ruleIndex: [String: Int] = [:]
    private var isFirstResult = true

    init(sink: any ReportSink, options: ReportOptions) {
        self.sink = sink
        self.options = options
        known = Dictionary(options.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func begin(columns: [String]) throws {
        try sink.write("{\"$schema\": \(json(SARIFExporter.schemaURI)), \"version\": \"2.1.0\", \"runs\": [{\n"
            + " \"columnKind\": \"unicodeCodePoints\",\n \"results\": [")
    }

    func write(finding: Finding) throws {
        let index: Int
        if let existing = ruleIndex[finding.rule] {
            index = existing
        } else {
            index = reported.count
            ruleIndex[finding.rule] = index
            reported.append((finding.rule, finding.severity))
        }
        var result = "{\"ruleId\": \(json(finding.rule)), \"ruleIndex\": \(index), \"level\": \(json(Self.level(finding.severity))), "
            + "\"message\": {\"text\": \(json(finding.message))}"
        if let location = Self.location(finding) { result += ", \"locations\": [\(location)]" }
        var properties: [String] = []
        for (key, value) in [("seller", finding.seller), ("template", finding.template), ("field", finding.field),
                             ("order", finding.order), ("fix", finding.fix)] {
            if let value { properties.append("\(json(key)): \(json(value))") }
        }
        if let id = finding.messageID { properties.append("\"messageId\": \(id)") }
        if !properties.isEmpty { result += ", \"properties\": {" + properties.joined(separator: ", ") + "}" }
        try sink.write((isFirstResult ? "\n  " : ",\n  ") + result + "}")
        isFirstResult = false
    }

    func write(row: [String?]) throws {
        throw PluginError("the sarif format writes findings only")
    }

    func finish(summary: ReportSummary) throws {
        var text = isFirstResult ? "],\n" : "\n ],\n"
        text += " \"invocations\": [{\"executionSuccessful\": true, \"endTimeUtc\": \(json(ReportFormatting.timestamp(options.generatedAt)))}],\n"
        // No `informationUri`: it is optional, and the tool has no public home page to name.
        text += " \"tool\": {\"driver\": {\"name\": \(json(options.toolName)), \"version\": \(json(options.toolVersion)), \"rules\": ["
        text += reported.map { "\n  " + rule($0.id, firstLevel: $0.level) }.joined(separator: ",")
        text += reported.isEmpty ? "]}}\n}]}\n" : "\n ]}}\n}]}\n"
        try sink.write(text)
    }

    /// A `reportingDescriptor` from the rule's descriptor, or a bare one for a rule no checker
    /// describes (custom rules).
    private func rule(_ id: String, firstLevel: RuleLevel) -> String {
        guard let descriptor = known[id] else {
            return "{\"id\": \(json(id)), \"name\": \(json(id)), \"shortDescription\": {\"text\": \(json("Rule \(id)"))}, "
                + "\"defaultConfiguration\": {\"level\": \(json(Self.level(firstLevel)))}}"
        }
        var text = "{\"id\": \(json(id)), \"name\": \(json(descriptor.name)), "
            + "\"shortDescription\": {\"text\": \(json(descriptor.summary))}, "
            + "\"fullDescription\": {\"text\": \(json(descriptor.rationale))}"
        if let url = ReportFormatting.webURL(descriptor.policyURL) { text += ", \"helpUri\": \(json(url))" }
        if let fix = descriptor.fix { text += ", \"help\": {\"text\": \(json(fix))}" }
        text += ", \"defaultConfiguration\": {\"level\": \(json(Self.level(descriptor.defaultLevel)))"
        if descriptor.defaultLevel == .off { text += ", \"enabled\": false" }
        return text + "}}"
    }

    /// A physical location for message findings, a logical one (the order) for ledger findings.
    private static func location(_ finding: Finding) -> String? {
        if let order = finding.order {
            let qualified = (finding.seller.map { "\($0)/" } ?? "") + order
            return "{\"logicalLocations\": [{\"name\": \(json(order)), \"fullyQualifiedName\": \(json(qualified)), \"kind\": \"order\"}]}"
        }
        guard let file = finding.file else { return nil }
        // Workspace paths are relative references; a file checked by absolute path gets `file://`.
        let path = file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
        let uri = file.hasPrefix("/") ? "file://" + path : path
        var physical = "{\"artifactLocation\": {\"uri\": \(json(uri))}"
        if let line = finding.line, line >= 1 {
            physical += ", \"region\": {\"startLine\": \(line)"
            if let column = finding.column, column >= 1 { physical += ", \"startColumn\": \(column)" }
            physical += "}"
            if let excerpt = finding.excerpt {
                physical += ", \"contextRegion\": {\"startLine\": \(line), \"snippet\": {\"text\": \(json(excerpt))}}"
            }
        }
        return "{\"physicalLocation\": \(physical)}}"
    }

    /// SARIF's `level`: `error`, `warning`, `note`, or `none` for a rule that is off.
    static func level(_ level: RuleLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        default: "none"
        }
    }
}

private func json(_ text: String) -> String { ReportFormatting.jsonString(text) }

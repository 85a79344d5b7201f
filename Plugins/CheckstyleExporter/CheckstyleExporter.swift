import AgencyPluginAPI

/// Checkstyle XML for CI tools that read it (Jenkins Warnings, reviewdog, Sonar):
/// `<checkstyle version="4.3"><file name=…><error line column severity message source/>`.
///
/// Ledger findings have no file; they are listed under a virtual path
/// `sellers/<seller>/orders/<order>` with no line. Findings only.
struct CheckstyleExporter: Exporter {
    let id = "checkstyle"
    let summary = "Checkstyle XML for CI tools (Jenkins, reviewdog, Sonar)"
    let fileExtension = "xml"
    let supportedKinds: Set<ReportKind> = [.findings]

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        guard kind == .findings else { throw PluginError("the checkstyle format writes findings only, not \(kind.rawValue)") }
        return CheckstyleWriter(sink: sink)
    }
}

/// Opens a `<file>` element whenever the file changes. The host sends findings sorted by
/// seller, then file or order, so each file gets one element; only its name is kept.
final class CheckstyleWriter: ReportWriter {
    private let sink: any ReportSink
    private var currentFile: String?

    init(sink: any ReportSink) {
        self.sink = sink
    }

    func begin(columns: [String]) throws {
        try sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
    }

    func write(finding: Finding) throws {
        var text = ""
        let file = Self.fileName(finding)
        if file != currentFile {
            if currentFile != nil { text += "</file>\n" }
            text += "<file name=\"\(ReportFormatting.xmlAttribute(file))\">\n"
            currentFile = file
        }
        text += "  <error"
        if let line = finding.line { text += " line=\"\(line)\"" }
        if let column = finding.column { text += " column=\"\(column)\"" }
        text += " severity=\"\(Self.severity(finding.severity))\" message=\"\(ReportFormatting.xmlAttribute(finding.message))\""
        text += " source=\"agency.\(ReportFormatting.xmlAttribute(finding.rule))\"/>\n"
        try sink.write(text)
    }

    func write(row: [String?]) throws {
        throw PluginError("the checkstyle format writes findings only")
    }

    func finish(summary: ReportSummary) throws {
        try sink.write((currentFile == nil ? "" : "</file>\n") + "</checkstyle>\n")
    }

    /// The template file, or the virtual path of a ledger finding's order.
    static func fileName(_ finding: Finding) -> String {
        let seller = finding.seller.map { "sellers/\($0)" }
        if let order = finding.order { return (seller.map { $0 + "/" } ?? "") + "orders/\(order)" }
        return finding.file ?? seller ?? "-"
    }

    /// Checkstyle's severities are `error`, `warning`, `info` and `ignore`.
    static func severity(_ level: RuleLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "info"
        default: "ignore"
        }
    }
}

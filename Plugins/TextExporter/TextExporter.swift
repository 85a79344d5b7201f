import AgencyPluginAPI

/// Human output for a terminal or a log: one diagnostic per finding in the compiler style
/// (`file:line:column: severity: [rule] message`, the source line, a caret, a fix), then a
/// per-seller table and a totals line. Row reports are aligned columns.
struct TextExporter: Exporter {
    let id = "text"
    let summary = "Human-readable diagnostics with a per-seller summary (colour on a terminal)"
    let fileExtension = "txt"
    let supportedKinds: Set<ReportKind> = Set(ReportKind.allCases)

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        TextWriter(sink: sink, style: TextStyle(enabled: options.colour))
    }
}

/// Writes each finding as it arrives. Rows are aligned on the widths of the first
/// `TextTable.sampleSize` rows, so memory stays bounded however long the report is.
final class TextWriter: ReportWriter {
    private let sink: any ReportSink
    private let style: TextStyle
    private var table: TextTable?
    private var wroteFinding = false

    init(sink: any ReportSink, style: TextStyle) {
        self.sink = sink
        self.style = style
    }

    func begin(columns: [String]) throws {
        if !columns.isEmpty { table = TextTable(header: columns) }
    }

    func write(finding: Finding) throws {
        wroteFinding = true
        var text = style.bold(Self.oneLine(ReportFormatting.location(of: finding))) + ": "
            + style.severity(finding.severity) + ": [\(Self.oneLine(finding.rule))] "
            + Self.indented(finding.message) + "\n"
        if let excerpt = finding.excerpt {
            let line = Self.oneLine(excerpt)
            text += "    \(line)\n"
            if let column = finding.excerptColumn, column >= 1 {
                // Keep tabs so the caret lines up under tab-indented text.
                let lead = line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                text += "    \(lead)\(style.caret("^"))\n"
            }
        }
        if let fix = finding.fix { text += "  fix: \(Self.indented(fix))\n" }
        try sink.write(text)
    }

    func write(row: [String?]) throws {
        guard let table else { return }
        if let ready = table.add(row.map { Self.oneLine($0 ?? "-") }) { try sink.write(ready) }
    }

    func finish(summary: ReportSummary) throws {
        if let table {
            try sink.write(table.flush())
            return
        }
        var text = wroteFinding ? "\n" : "No findings.\n\n"
        if !summary.sellers.isEmpty {
            let showNames = summary.sellers.contains { $0.name != nil }
            let showOrders = summary.sellers.contains { $0.orders != nil }
            var header = ["SELLER"]
            if showNames { header.append("NAME") }
            header.append("TEMPLATES")
            if showOrders { header += ["ORDERS", "MSGS 30D", "REVIEW REQ", "ELIGIBLE", "OPTED OUT"] }
            header += ["ERRORS", "WARNINGS", "NOTES"]
            let sellers = TextTable(header: header)
            for seller in summary.sellers {
                var cells = [seller.seller]
                if showNames { cells.append(seller.name ?? "-") }
                cells.append(String(seller.templates))
                if showOrders {
                    cells += [seller.orders, seller.messagesLast30Days, seller.reviewRequests, seller.eligibleToday, seller.optedOut]
                        .map { $0.map(String.init) ?? "-" }
                }
                cells += [String(seller.errors), String(seller.warnings), String(seller.notes)]
                if let ready = sellers.add(cells.map(Self.oneLine)) { text += ready }
            }
            text += sellers.flush() + "\n"
        }
        text += style.totals(summary) + "\n"
        try sink.write(text)
    }

    /// `text` on one line: line breaks become spaces, other control characters (including
    /// ESC, so a template cannot drive the terminal) become U+FFFD.
    static func oneLine(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline {
                out += " "
            } else if character != "\t", character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                out += "\u{FFFD}"
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// `text` with its continuation lines indented under the diagnostic.
    static func indented(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { oneLine(String($0)) }
            .joined(separator: "\n    ")
    }
}

import AgencyCore
import AgencyKit
import AgencyPluginAPI
import AgencyStore
import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write reports of findings, orders, messages or a summary.",
        discussion: "Rows are streamed from the ledger through the exporter plugin; buyer personal data is never exported.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "findings, orders, messages or summary.")
    var kind: String

    @Option(help: "Exporter id (text, json, csv, ...).")
    var format: String = "csv"

    @Option(help: "One seller only.")
    var seller: String?

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        guard let reportKind = ReportKind(rawValue: kind) else {
            throw UsageError("unknown kind '\(kind)' (use findings, orders, messages or summary)")
        }
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let sellers = try global.seller(seller).map { [try session.seller($0)] } ?? workspace.sellers()
        let options = ReportOptions(toolVersion: AgencyVersion.current, workspace: workspace.config.name,
                                    colour: output == nil && standardOutputWantsColour(), rules: session.plugins.rules)
        let reports = try ReportSet(specs: [FormatSpec(id: format, path: output)], kind: reportKind, registry: session.plugins,
                                    options: options, relativeTo: session.currentDirectory)
        switch reportKind {
        case .findings, .summary:
            _ = try session.requireMessageCheckers()
            var summaries: [SellerSummary] = []
            var files = 0
            if reportKind == .summary { try reports.begin(columns: Self.summaryColumns) } else { try reports.begin() }
            // Findings go to the report for --kind findings, and are only counted for the summary.
            let findingsSink = reportKind == .findings ? reports : try ReportSet(
                specs: [FormatSpec(id: "json", path: "/dev/null")], kind: .findings, registry: session.plugins, options: options,
                relativeTo: session.currentDirectory)
            if reportKind == .summary { try findingsSink.begin() }
            for seller in sellers {
                let outcome = try TemplateCheckRunner(session: session).checkWorkspace(sellers: [seller], into: findingsSink)
                files += outcome.files
                var summary = outcome.sellers.first ?? SellerSummary(seller: seller.id.rawValue, name: seller.name)
                try LedgerAuditRunner(session: session).audit(seller, into: findingsSink, summary: &summary)
                summaries.append(summary)
                if reportKind == .summary { try reports.write(row: Self.summaryRow(summary)) }
            }
            if reportKind == .summary { try findingsSink.finish(files: files, sellers: summaries) }
            try reports.finish(files: files, sellers: summaries)
        case .orders:
            try reports.begin(columns: OrderListing.columns)
            for seller in sellers {
                try session.ledger().forEachOrder(seller: seller.id.rawValue, status: nil) { try reports.write(row: $0.row) }
            }
            try reports.finish(files: 0, sellers: [])
        case .messages:
            try reports.begin(columns: MessageListing.columns)
            for seller in sellers {
                try session.ledger().forEachMessage(MessageFilter(seller: seller.id.rawValue)) { try reports.write(row: $0.row) }
            }
            try reports.finish(files: 0, sellers: [])
        }
    }

    static let summaryColumns = ["seller", "name", "templates", "errors", "warnings", "notes", "orders",
                                 "messages_last_30_days", "review_requests", "eligible_today", "opted_out"]

    static func summaryRow(_ summary: SellerSummary) -> [String?] {
        [summary.seller, summary.name, String(summary.templates), String(summary.errors), String(summary.warnings),
         String(summary.notes), summary.orders.map(String.init), summary.messagesLast30Days.map(String.init),
         summary.reviewRequests.map(String.init), summary.eligibleToday.map(String.init), summary.optedOut.map(String.init)]
    }
}

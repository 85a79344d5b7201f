import AgencyCore
import AgencyKit
import AgencyPluginAPI
import ArgumentParser
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Run every checker over every template and ledger, then print a summary per seller: the main job.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Audit one seller only.")
    var seller: String?

    @Option(help: "Audit as of this date or time (default now): windows, retention, the last 30 days and 'eligible today', e.g. 2026-11-03.")
    var date: String?

    @OptionGroup var report: FindingsReportOptions

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let sellers = try global.seller(seller).map { [try session.seller($0)] } ?? workspace.sellers()
        _ = try session.requireMessageCheckers()
        let reports = try report.open(for: session)
        try reports.begin()
        let templates = TemplateCheckRunner(session: session)
        let ledger = LedgerAuditRunner(session: session, now: try ledgerTime(date, option: "--date") ?? Date())
        var files = 0
        var summaries: [SellerSummary] = []
        var inputErrors: [String] = []
        for seller in sellers {
            let outcome = try templates.checkWorkspace(sellers: [seller], into: reports)
            files += outcome.files
            inputErrors += outcome.inputErrors
            var summary = outcome.sellers.first ?? SellerSummary(seller: seller.id.rawValue, name: seller.name)
            try ledger.audit(seller, into: reports, summary: &summary)
            summaries.append(summary)
        }
        try reports.finish(files: files, sellers: summaries)
        for problem in inputErrors { Output.error("agency: error: \(problem)") }
        if !inputErrors.isEmpty { throw ExitCode(2) }
        if reports.summary.errors > 0 { throw ExitCode(1) }
    }
}

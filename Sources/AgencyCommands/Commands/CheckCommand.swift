import AgencyCore
import AgencyKit
import AgencyPluginAPI
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint template files or folders; without paths, every template of the seller (or of all sellers).",
        discussion: "Works outside a workspace on plain files, with the default rules. Exit 1 when an error-level finding is reported.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller whose rule overrides apply.")
    var seller: String?

    @OptionGroup var report: FindingsReportOptions

    @Argument(help: "Template files or folders.", completion: .file())
    var paths: [String] = []

    func run() throws {
        let session = try global.session()
        let seller = try global.seller(seller).map { try session.seller($0) }
        _ = try session.requireMessageCheckers()
        if paths.isEmpty, session.workspace == nil {
            throw UsageError("nothing to check: give template files or folders, or run inside a workspace (\(Workspace.missingHint))")
        }
        let reports = try report.open(for: session)
        let runner = TemplateCheckRunner(session: session)
        try reports.begin()
        let outcome = paths.isEmpty
            ? try runner.checkWorkspace(sellers: seller.map { [$0] }, into: reports)
            : try runner.checkPaths(paths, seller: seller, into: reports)
        try reports.finish(files: outcome.files, sellers: outcome.sellers)
        for problem in outcome.inputErrors { Output.error("agency: error: \(problem)") }
        if !outcome.inputErrors.isEmpty { throw ExitCode(2) }
        if reports.summary.errors > 0 { throw ExitCode(1) }
    }
}

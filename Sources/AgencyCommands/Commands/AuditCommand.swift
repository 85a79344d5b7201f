import AgencyCore
import AgencyKit
import AgencyPluginAPI
import ArgumentParser

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Run every checker over every template and ledger, then print a summary per seller: the main job.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Audit one seller only.")
    var seller: String?

    @Option(name: .customLong("format"), help: "Report format ID or ID:PATH; repeatable (default: text).")
    var formats: [String] = []

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let sellers = try global.seller(seller).map { [try session.seller($0)] } ?? workspace.sellers()
        _ = try session.requireMessageCheckers()
        let options = ReportOptions(toolVersion: AgencyVersion.current, workspace: workspace.config.name,
                                    colour: standardOutputWantsColour(), rules: session.plugins.rules)
        let reports = try ReportSet(specs: formats.map(FormatSpec.init(parsing:)), kind: .findings,
                                    registry: session.plugins, options: options, relativeTo: session.currentDirectory)
        try reports.begin()
        let outcome = try TemplateCheckRunner(session: session).checkWorkspace(sellers: sellers, into: reports)
        try reports.finish(files: outcome.files, sellers: outcome.sellers)
        for problem in outcome.inputErrors { Output.error("agency: error: \(problem)") }
        if !outcome.inputErrors.isEmpty { throw ExitCode(2) }
        if reports.summary.errors > 0 { throw ExitCode(1) }
    }
}

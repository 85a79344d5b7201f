import AgencyKit
import AgencyPluginAPI
import ArgumentParser

/// `--format ID[:PATH]`, repeatable, for the commands that report findings (`check`, `audit`).
struct FindingsReportOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Report format ID or ID:PATH; repeatable (default: text).")
    var formats: [String] = []

    /// Opens every requested report for `session`, validating ids, kinds and destinations.
    func open(for session: AgencySession) throws -> ReportSet {
        let options = ReportOptions(toolVersion: AgencyVersion.current, workspace: session.workspace?.config.name,
                                    colour: standardOutputWantsColour(), rules: session.plugins.rules)
        return try ReportSet(specs: formats.map(FormatSpec.init(parsing:)), kind: .findings,
                             registry: session.plugins, options: options, relativeTo: session.currentDirectory)
    }
}

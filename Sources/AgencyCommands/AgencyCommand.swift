import AgencyCore
import ArgumentParser
import Foundation

/// The root of the one command tree that both the one-shot CLI and the REPL parse with.
public struct AgencyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Run Amazon buyer-seller messaging for many client sellers without breaking Amazon's Communication Guidelines.",
        discussion: "Run 'agency' alone on a terminal (or 'agency repl') for the interactive console.",
        version: AgencyVersion.current,
        subcommands: [
            InitCommand.self, SellerCommand.self, TemplateCommand.self, CheckCommand.self, RulesCommand.self,
            ConfigCommand.self, OrdersCommand.self, MessagesCommand.self, PlanCommand.self, SendCommand.self,
            AuditCommand.self, ExportCommand.self, PurgeCommand.self, PluginsCommand.self, ReplCommand.self,
        ]
    )

    public init() {}

    public func run() throws {
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            // Parsed, not `ReplCommand()`: reading an unparsed property wrapper traps.
            let repl = try ReplCommand.parse([])
            try repl.run()
        } else {
            Output.line(AgencyCommand.helpMessage())
        }
    }
}

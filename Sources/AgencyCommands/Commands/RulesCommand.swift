import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "The rule catalogue, with examples.",
        subcommands: [RulesListCommand.self, RulesShowCommand.self])
}

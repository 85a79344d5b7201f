import ArgumentParser

/// The text `.help` prints: the command list, or one command's own help from ArgumentParser.
enum ConsoleHelp {
    /// Every command with its abstract, then the console's own commands.
    static func overview() -> String {
        let commands = AgencyCommand.configuration.subcommands
            .filter { $0._commandName != "repl" && $0.configuration.shouldDisplay }
            .map { ($0._commandName, $0.configuration.abstract) }
        let width = (commands.map(\.0.count) + ReplDirective.dotCommands.map(\.usage.count)).max() ?? 0
        func row(_ name: String, _ abstract: String) -> String {
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + abstract
        }
        var lines = ["Commands (type them without 'agency'):"]
        lines += commands.map(row)
        lines.append("")
        lines.append("Console:")
        lines += ReplDirective.dotCommands.filter { $0.name != ".exit" }.map { row($0.usage, $0.abstract) }
        lines.append("")
        lines.append("'.help COMMAND' shows a command's options. Tab completes; Up and Ctrl-R search the history;")
        lines.append("Ctrl-C cancels the line; Ctrl-D leaves.")
        return lines.joined(separator: "\n")
    }

    /// The help of the command named by `path` (e.g. `["seller", "add"]`), or an error naming the unknown word.
    static func help(for path: [String]) throws -> String {
        var command: ParsableCommand.Type = AgencyCommand.self
        var traversed: [String] = []
        for word in path {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else {
                let known = command.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
                let scope = traversed.isEmpty ? "" : " in '\(traversed.joined(separator: " "))'"
                throw ReplError("no command '\(word)'\(scope); known: \(known)")
            }
            command = next
            traversed.append(word)
        }
        return AgencyCommand.helpMessage(for: command)
    }
}

import Foundation

/// The command tree as completion sees it: each command's name, subcommands, options and positionals.
///
/// Built once from ArgumentParser's own description of the tree (the JSON behind
/// `--experimental-dump-help`), so it follows every command without a table to keep in step.
struct CommandCatalog: Sendable, Equatable {
    /// How an option's or a positional's value is completed, when ArgumentParser knows.
    enum Completion: Sendable, Equatable {
        case file
        case directory
        case values([String])
    }

    /// An option, flag or positional argument of one command.
    struct Argument: Sendable, Equatable {
        /// `--seller`, `-w`; empty for a positional.
        var names: [String]
        /// Whether it takes a value (options and positionals do, flags do not).
        var takesValue: Bool
        /// `seller`, `paths`, `reference`: the property or value name.
        var valueName: String
        var isRepeating: Bool
        var completion: Completion?

        var isPositional: Bool { names.isEmpty }

        init(names: [String] = [], takesValue: Bool = true, valueName: String, isRepeating: Bool = false,
             completion: Completion? = nil) {
            self.names = names
            self.takesValue = takesValue
            self.valueName = valueName
            self.isRepeating = isRepeating
            self.completion = completion
        }
    }

    /// One command of the tree.
    struct Command: Sendable, Equatable {
        var name: String
        var subcommands: [Command] = []
        var arguments: [Argument] = []

        var options: [Argument] { arguments.filter { !$0.isPositional } }
        var positionals: [Argument] { arguments.filter(\.isPositional) }

        func subcommand(_ name: String) -> Command? { subcommands.first { $0.name == name } }

        /// The option or flag spelled `name` (`--seller`, `-w`).
        func option(_ name: String) -> Argument? { options.first { $0.names.contains(name) } }
    }

    var root: Command

    /// The `agency` tree, read once.
    static let agency: CommandCatalog = {
        (try? CommandCatalog(dump: AgencyCommand._dumpHelp())) ?? CommandCatalog(root: Command(name: "agency"))
    }()

    init(root: Command) {
        self.root = root
    }

    /// Reads ArgumentParser's JSON description of a command tree.
    init(dump: String) throws {
        let info = try JSONDecoder().decode(DumpedTool.self, from: Data(dump.utf8))
        root = Self.command(info.command, isRoot: true)
    }

    private static func command(_ dumped: DumpedCommand, isRoot: Bool) -> Command {
        Command(
            name: dumped.commandName,
            subcommands: (dumped.subcommands ?? []).filter { $0.shouldDisplay ?? true }.map { command($0, isRoot: false) },
            arguments: (dumped.arguments ?? []).compactMap { argument($0, isRoot: isRoot) })
    }

    private static func argument(_ dumped: DumpedArgument, isRoot: Bool) -> Argument? {
        guard dumped.shouldDisplay ?? true else { return nil }
        let names = (dumped.names ?? []).map { name in
            name.kind == "short" ? "-\(name.name)" : name.kind == "longWithSingleDash" ? "-\(name.name)" : "--\(name.name)"
        }
        // Every subcommand inherits the root's `--version`; it is noise there.
        if !isRoot && names == ["--version"] { return nil }
        var completion: Completion?
        if let kind = dumped.completionKind {
            if kind.file != nil { completion = .file }
            if kind.directory != nil { completion = .directory }
            if let list = kind.list { completion = .values(list.values) }
        }
        if completion == nil, let values = dumped.allValues, !values.isEmpty { completion = .values(values) }
        return Argument(names: names, takesValue: dumped.kind != "flag", valueName: dumped.valueName ?? "",
                        isRepeating: dumped.isRepeating ?? false, completion: completion)
    }
}

// The part of ArgumentParser's ToolInfoV0 schema that completion reads.
private struct DumpedTool: Decodable {
    var command: DumpedCommand
}

private struct DumpedCommand: Decodable {
    var commandName: String
    var shouldDisplay: Bool?
    var subcommands: [DumpedCommand]?
    var arguments: [DumpedArgument]?
}

private struct DumpedArgument: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String
    }

    struct CompletionKind: Decodable {
        struct Empty: Decodable {}
        struct List: Decodable { var values: [String] }
        var file: Empty?
        var directory: Empty?
        var list: List?
    }

    var kind: String
    var shouldDisplay: Bool?
    var names: [Name]?
    var valueName: String?
    var isRepeating: Bool?
    var allValues: [String]?
    var completionKind: CompletionKind?
}

/// What one console line asks for, before anything runs.
enum ReplDirective: Equatable {
    /// A command of the tree, with its arguments (no leading `agency`).
    case run([String])
    /// `.use SELLER`, or `.use` alone to clear the current seller.
    case use(String?)
    /// `.workspace PATH`, or `.workspace` alone to show the current one.
    case workspace(String?)
    /// `.help [command...]` or bare `help`.
    case help([String])
    /// `.quit`, `.exit`, bare `quit` or `exit`.
    case quit
    /// A blank line or a `#` comment.
    case nothing

    /// The console commands, for `.help` and completion.
    static let dotCommands: [(name: String, usage: String, abstract: String)] = [
        (".use", ".use [SELLER]", "Make later commands default to SELLER; alone, clear it."),
        (".workspace", ".workspace [PATH]", "Switch to the workspace at PATH; alone, show the current one."),
        (".help", ".help [COMMAND...]", "List the commands, or show one command's help."),
        (".quit", ".quit", "Leave the console (also .exit, quit, exit, Ctrl-D)."),
        (".exit", ".exit", "Leave the console."),
    ]

    /// Reads `line`; throws for an unclosed quote, an unknown dot command or wrong arguments.
    static func parse(_ line: String) throws(ReplError) -> ReplDirective {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .nothing }
        var words: [String]
        do {
            words = try LineSplitter.split(line)
        } catch {
            throw ReplError(error.description)
        }
        if words.first == "agency" { words.removeFirst() }
        guard let first = words.first else { return .help([]) }
        let rest = Array(words.dropFirst())
        switch first {
        case ".use":
            guard rest.count <= 1 else { throw ReplError("usage: .use [SELLER]") }
            return .use(rest.first)
        case ".workspace":
            guard rest.count <= 1 else { throw ReplError("usage: .workspace [PATH]") }
            return .workspace(rest.first)
        case ".help":
            return .help(rest)
        case ".quit", ".exit":
            guard rest.isEmpty else { throw ReplError("usage: \(first)") }
            return .quit
        case "help" where rest.isEmpty:
            return .help([])
        case "quit" where rest.isEmpty, "exit" where rest.isEmpty:
            return .quit
        case "repl":
            throw ReplError("already in the console")
        default:
            if first.hasPrefix(".") {
                throw ReplError("unknown console command '\(first)' (try .help)")
            }
            return .run(words)
        }
    }
}

/// A console line that cannot run: the message says what to type instead. Exit code 2.
struct ReplError: Error, Equatable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

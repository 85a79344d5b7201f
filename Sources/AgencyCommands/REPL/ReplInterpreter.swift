import Foundation

/// Runs console lines, one at a time, through the one command tree with the console's context.
/// Shared by the terminal loop and script mode; never exits the process.
struct ReplInterpreter {
    /// What running one line led to.
    enum Outcome: Equatable {
        /// A command or console command ran and finished with this exit code.
        case finished(Int32)
        /// A blank line or a comment.
        case skipped
        /// The user asked to leave.
        case quit
    }

    var context: ReplContext

    /// Runs `line` and returns its outcome; errors are printed, not thrown.
    mutating func execute(_ line: String) -> Outcome {
        defer { fflush(nil) }
        do {
            switch try ReplDirective.parse(line) {
            case .nothing:
                return .skipped
            case .quit:
                return .quit
            case .run(let arguments):
                let defaults = context.defaults
                return .finished(CommandContext.$defaults.withValue(defaults) { CommandRunner.run(arguments) })
            case .use(let seller):
                try context.use(seller)
            case .workspace(nil):
                Output.line(try context.workspace().map(\.root) ?? "no workspace (use .workspace PATH)")
            case .workspace(let path?):
                if let note = try context.switchWorkspace(to: path) { Output.error("agency: \(note)") }
            case .help(let path):
                Output.line(path.isEmpty ? ConsoleHelp.overview() : try ConsoleHelp.help(for: path))
            }
            return .finished(0)
        } catch let error as ReplError {
            Output.error("agency: error: \(error)")
            return .finished(2)
        } catch {
            return .finished(CommandRunner.report(error))
        }
    }
}

import AgencyCore
import AgencyPluginAPI
import ArgumentParser
import Foundation

/// Parses and runs one command line through the single command tree; used by `main` and the REPL.
public enum CommandRunner {
    /// Runs `arguments` (without the program name) and returns the exit code. Never calls `exit()`.
    public static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments
        var defaults = CommandContext.defaults
        // `-w PATH` may come before the subcommand: `agency -w demo seller list`.
        while let first = arguments.first, first == "-w" || first == "--workspace" || first.hasPrefix("--workspace=") {
            if first.hasPrefix("--workspace=") {
                defaults.workspace = String(first.dropFirst("--workspace=".count))
                arguments.removeFirst()
            } else if arguments.count >= 2 {
                defaults.workspace = arguments[1]
                arguments.removeFirst(2)
            } else {
                Output.error("agency: error: \(first) needs a folder")
                return 2
            }
        }
        return CommandContext.$defaults.withValue(defaults) {
            do {
                var command = try AgencyCommand.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                return report(error)
            }
        }
    }

    /// Prints `error` the way the CLI contract asks and returns its exit code (0, 1 or 2; 130 for a
    /// command stopped by Ctrl-C in the console).
    public static func report(_ error: Error) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let input as InputError:
            Output.error("agency: error: \(input)")
            return 2
        case let usage as UsageError:
            Output.error("agency: error: \(usage)")
            return 2
        case let plugin as PluginError:
            Output.error("agency: error: \(plugin)")
            return 2
        case is Interrupted:
            Output.error("agency: interrupted")
            return 130
        default:
            let code = AgencyCommand.exitCode(for: error)
            if code == .success {
                Output.line(AgencyCommand.fullMessage(for: error))
                return 0
            }
            let message = AgencyCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Output.error("agency: error: \(message) (see 'agency help')")
            return 2
        }
    }
}

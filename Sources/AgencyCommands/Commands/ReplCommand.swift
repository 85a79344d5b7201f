import AgencyCore
import ArgumentParser
import Foundation

/// `agency repl`: the interactive console, or a script runner when standard input is not a terminal.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl", abstract: "The interactive console.",
        discussion: """
        Type commands without 'agency'. '.use SELLER' sets the seller later commands default to, \
        '.workspace PATH' switches workspace, '.help' lists commands, '.quit' or Ctrl-D leaves. \
        With standard input not a terminal, runs one command a line (blank lines and '#' comments \
        skipped) and exits 0 when all succeeded, else with the last failure's code.
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Script mode: stop at the first failing command and exit with its code.")
    var bail = false

    func run() throws {
        let defaults = CommandContext.defaults
        var interpreter = ReplInterpreter(context: ReplContext(workspacePath: global.workspace ?? defaults.workspace,
                                                               seller: defaults.seller))
        let status: Int32
        if isatty(STDIN_FILENO) == 1 {
            status = TerminalMode.run(&interpreter)
        } else {
            status = ScriptMode.run(&interpreter, bail: bail) { readLine(strippingNewline: true) }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

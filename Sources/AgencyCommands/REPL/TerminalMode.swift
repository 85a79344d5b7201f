import AgencyKit
import Foundation

/// The console on a terminal: a prompt showing the context, line editing, Tab completion,
/// persistent history, Ctrl-C to cancel a line and Ctrl-D (or `.quit`) to leave.
enum TerminalMode {
    /// Runs until the user leaves; returns 0.
    static func run(_ interpreter: inout ReplInterpreter) -> Int32 {
        var history = HistoryFile(path: HistoryFile.location(environment: interpreter.context.environment))
        let source = WorkspaceCompletionSource(context: interpreter.context)
        LineEditor.start(completer: Completer(catalog: .agency, source: source),
                         history: history.entries, capacity: history.capacity)
        InterruptFlag.install()
        let colour = standardOutputWantsColour(environment: interpreter.context.environment)
        while true {
            source.context = interpreter.context
            _ = InterruptFlag.take()
            switch LineEditor.read(prompt: styled(interpreter.context.prompt(), colour: colour)) {
            case .endOfInput:
                FileHandle.standardOutput.write(Data("\n".utf8))
                return 0
            case .interrupted:
                continue
            case .line(let line):
                // Completion leaves a trailing space; it would make near-duplicates in the history.
                var entry = line
                while entry.last?.isWhitespace == true { entry.removeLast() }
                if history.record(entry) { LineEditor.remember(entry) }
                if interpreter.execute(line) == .quit { return 0 }
            }
        }
    }

    /// The prompt in bold; the `\u{1}`/`\u{2}` marks tell libedit the escapes take no room.
    private static func styled(_ prompt: String, colour: Bool) -> String {
        guard colour else { return prompt }
        let body = prompt.hasSuffix(" ") ? String(prompt.dropLast()) : prompt
        return "\u{1}\u{1B}[1m\u{2}\(body)\u{1}\u{1B}[0m\u{2} "
    }
}

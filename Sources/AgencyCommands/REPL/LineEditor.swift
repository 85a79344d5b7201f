@preconcurrency import CEditLine
import Foundation

/// The thin glue to libedit's readline-compatible API: set-up, history, Tab completion and
/// reading one line at a time with the callback interface, so Ctrl-C can cancel the line.
///
/// libedit calls back on the thread that reads, which is the only thread that touches the
/// `nonisolated(unsafe)` state below.
enum LineEditor {
    /// What a read produced.
    enum Input: Equatable {
        case line(String)
        case interrupted
        case endOfInput
    }

    nonisolated(unsafe) private static var completer: Completer?
    nonisolated(unsafe) private static var received: Input?

    /// Prepares libedit: emacs keys (Ctrl-R searches back), word breaks, completion and `history`.
    static func start(completer: Completer, history: [String], capacity: Int) {
        Self.completer = completer
        rl_readline_name = UnsafePointer(strdup("agency"))
        _ = rl_initialize()
        // `bind -e` resets every key, so the readline layer's Tab and Ctrl-Z are bound again after it.
        for binding in ["bind -e", "bind ^I rl_complete", "bind ^Z rl_tstp", "bind ^R em-inc-search-prev"] {
            _ = rl_parse_and_bind(binding)
        }
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n="))
        rl_completer_word_break_characters = strdup(" \t\n=")
        rl_attempted_completion_function = { text, _, end in LineEditor.complete(text, end: end) }
        stifle_history(Int32(capacity))
        for entry in history { _ = add_history(entry) }
    }

    /// Adds `line` to the in-memory history that Up and Ctrl-R search.
    static func remember(_ line: String) {
        _ = add_history(line)
    }

    /// Shows `prompt` and reads one line. Returns `.interrupted` when Ctrl-C cancels the line.
    static func read(prompt: String) -> Input {
        received = nil
        rl_callback_handler_install(prompt) { line in LineEditor.receive(line) }
        defer { rl_callback_handler_remove() }
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while received == nil {
            if InterruptFlag.take() {
                rl_callback_handler_remove()
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupted
            }
            input.revents = 0
            let ready = poll(&input, 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if input.revents & Int16(POLLIN) != 0 {
                rl_callback_read_char()
            } else if input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return .endOfInput
            }
        }
        return received ?? .endOfInput
    }

    private static func receive(_ line: UnsafeMutablePointer<CChar>?) {
        guard let line else {
            LineEditor.received = .endOfInput
            return
        }
        LineEditor.received = .line(String(cString: line))
        free(line)
    }

    private static func complete(_ text: UnsafePointer<CChar>?, end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rl_attempted_completion_over = 1
        guard let completer = LineEditor.completer, let buffer = rl_line_buffer else { return nil }
        // libedit counts `end` in characters of its wide buffer, i.e. Unicode scalars.
        let typed = String(String.UnicodeScalarView(String(cString: buffer).unicodeScalars.prefix(Int(end))))
        let result = completer.complete(line: typed, cursor: typed.count)
        let replacements = CompletionInsertion.replacements(for: result, libeditText: text.map { String(cString: $0) } ?? "")
        guard !replacements.isEmpty else { return nil }
        rl_completion_append_character = replacements.count == 1 && replacements[0].hasSuffix("/") ? 0 : 32
        return cStringArray(replacements.count == 1 ? replacements : [commonPrefix(replacements)] + replacements)
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// A `NULL`-terminated, `malloc`ed array of `strdup`ed strings, which libedit frees.
    private static func cStringArray(_ strings: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (strings.count + 1)
        guard let memory = malloc(size) else { return nil }
        let array = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { array[index] = strdup(string) }
        array[strings.count] = nil
        return array
    }
}

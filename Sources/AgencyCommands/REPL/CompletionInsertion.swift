/// Turns completion candidates into the text libedit puts in place of its current word.
enum CompletionInsertion {
    /// Each candidate escaped as the splitter reads it, trimmed to start where libedit's word
    /// (`libeditText`, split at spaces and `=`) starts inside the word as typed.
    static func replacements(for result: Completer.Result, libeditText: String) -> [String] {
        let quote = result.raw.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
        let written = result.candidates.map { candidate in
            quote.map { String($0) + candidate } ?? ShellQuoting.escape(candidate)
        }
        let cut = result.raw.count - libeditText.count
        guard cut > 0, result.raw.hasSuffix(libeditText) else { return written }
        let lead = result.raw.prefix(cut)
        return written.map { $0.hasPrefix(lead) ? String($0.dropFirst(cut)) : $0 }
    }
}

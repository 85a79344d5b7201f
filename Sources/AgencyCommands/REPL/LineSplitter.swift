/// Splits one console line into words the way a POSIX shell does: whitespace separates words,
/// single quotes keep everything literally, double quotes keep spaces and honour `\"` and `\\`,
/// and a backslash outside quotes escapes the next character.
struct LineSplitter {
    /// A line that cannot be split, e.g. with an unclosed quote.
    struct SplitError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    /// One word of a line being typed, with where it starts in the raw text (for completion).
    struct Word: Equatable {
        /// The word with quotes and escapes removed.
        var value: String
        /// The raw text of the word as typed, quotes included.
        var raw: String
    }

    /// The words of a line, or an error for an unclosed quote or a trailing backslash.
    static func split(_ line: String) throws(SplitError) -> [String] {
        let scan = scan(line)
        if let quote = scan.openQuote {
            throw SplitError(description: "unclosed \(quote == "'" ? "single" : "double") quote")
        }
        if scan.danglingEscape {
            throw SplitError(description: "a backslash at the end of the line escapes nothing")
        }
        return (scan.words + (scan.current.map { [$0] } ?? [])).map(\.value)
    }

    /// Splits a partial line for completion: the finished words, and the word under the cursor
    /// (empty when the line ends in whitespace). Never fails: an open quote just stays open.
    static func splitPartial(_ line: String) -> (words: [Word], current: Word) {
        let scan = scan(line)
        return (scan.words, scan.current ?? Word(value: "", raw: ""))
    }

    private struct Scan {
        var words: [Word] = []
        var current: Word?
        var openQuote: Character?
        var danglingEscape = false
    }

    private static func scan(_ line: String) -> Scan {
        var result = Scan()
        var escaping = false
        for character in line {
            if escaping {
                escaping = false
                // Inside double quotes a backslash escapes only `"` and `\`, as in a shell.
                if result.openQuote == "\"", character != "\"", character != "\\" {
                    append("\\", raw: character, to: &result.current)
                    result.current?.value.append(character)
                    continue
                }
                append(character, raw: character, to: &result.current)
                continue
            }
            switch (result.openQuote, character) {
            case (nil, " "), (nil, "\t"), (nil, "\n"), (nil, "\r"):
                if let word = result.current { result.words.append(word) }
                result.current = nil
            case (nil, "\\"), ("\"", "\\"):
                escaping = true
                appendRaw(character, to: &result.current)
            case (nil, "'"), (nil, "\""):
                result.openQuote = character
                appendRaw(character, to: &result.current)
            case ("'", "'"), ("\"", "\""):
                result.openQuote = nil
                appendRaw(character, to: &result.current)
            default:
                append(character, raw: character, to: &result.current)
            }
        }
        result.danglingEscape = escaping
        return result
    }

    private static func append(_ character: Character, raw: Character, to word: inout Word?) {
        var updated = word ?? Word(value: "", raw: "")
        updated.value.append(character)
        updated.raw.append(raw)
        word = updated
    }

    private static func appendRaw(_ character: Character, to word: inout Word?) {
        var updated = word ?? Word(value: "", raw: "")
        updated.raw.append(character)
        word = updated
    }
}

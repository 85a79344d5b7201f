/// Writes a word back the way `LineSplitter` reads it, for completion to insert.
enum ShellQuoting {
    private static let special: Set<Character> = [" ", "\t", "\"", "'", "\\"]

    /// `word` with a backslash before each space, quote or backslash.
    static func escape(_ word: String) -> String {
        var escaped = ""
        for character in word {
            if special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

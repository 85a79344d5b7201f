/// One text field (subject or body) ready for the rules: its scan text, sentences and phrase matches.
struct FieldContext: Sendable {
    enum Name: String, Sendable { case subject, body }

    let name: Name
    let text: ScanText
    let sentences: SentenceIndex
    let hits: PhraseHits

    init(name: Name, text: ScanText, pack: CompiledLanguage) {
        self.name = name
        self.text = text
        self.sentences = SentenceIndex(text.bytes)
        self.hits = pack.scan(text)
    }

    func sentence(of match: PhraseMatch) -> Int { sentences.sentence(at: match.start) }

    /// Sentence indexes that hold a match of any of `tags` (tag names such as `cue:review-noun`).
    func sentencesWith(_ tags: [String]) -> SentenceSet {
        var result = SentenceSet(sentenceCount: sentences.count)
        for tag in tags { for match in hits.matches(tag) { result.insert(sentence(of: match)) } }
        return result
    }

    /// Number of words between scan offsets `from` and `to` (0 when adjacent). A run of symbols with
    /// no letter or digit ("&", "/", "+") is not a word: "Canvas & Co" is two words.
    func wordsBetween(_ from: Int, _ to: Int) -> Int {
        guard to > from else { return 0 }
        var words = 0
        var counted = false
        for index in from..<min(to, text.bytes.count) {
            let byte = text.bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x2D {
                counted = false
            } else {
                if !counted && (ByteClass.isASCIIAlnum(byte) || byte >= 0x80 || byte == ScanText.placeholder) {
                    counted = true
                    words += 1
                }
            }
        }
        return words
    }

    /// The matched text of `match`, for finding messages.
    func quote(_ match: PhraseMatch) -> String { text.string(match.start..<match.end) }
}

/// A finding before its file position is known: the rule, message and place in a field.
struct PendingFinding: Sendable {
    enum Place: Sendable {
        /// A UTF-8 offset in the subject or body text.
        case field(FieldContext.Name, sourceOffset: Int)
        /// A line in the file (attachments, type), with the field name to report.
        case line(field: String, line: Int?, column: Int?)
    }

    var rule: String
    var message: String
    var place: Place
}

extension FieldContext {
    /// A finding at scan offset `offset` of this field.
    func finding(_ rule: String, _ message: String, at offset: Int) -> PendingFinding {
        PendingFinding(rule: rule, message: message, place: .field(name, sourceOffset: text.sourceOffset(offset)))
    }
}

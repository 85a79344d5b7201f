import Synchronization

/// A language's phrase automaton, compiled the first time a message of that language is scanned.
///
/// Compiling every language up front costs start-up time that a check of one file never earns back.
final class LazyAutomaton: Sendable {
    private let patterns: [PhrasePattern]
    private let built = Mutex<PhraseAutomaton?>(nil)

    init(patterns: [PhrasePattern]) {
        self.patterns = patterns
    }

    /// The automaton, compiled once (under the lock, so concurrent first uses compile it once).
    var compiled: PhraseAutomaton {
        built.withLock { automaton in
            if let automaton { return automaton }
            let made = PhraseAutomaton(patterns: patterns)
            automaton = made
            return made
        }
    }
}

import Foundation
import Synchronization

/// One language's packs, compiled the first time a message of that language is checked: parsing
/// and compiling every language up front cost a check of one file more than checking it.
///
/// Stopwords and phone-context words are known at once (language detection and the phone rules
/// of every language need them); they come from the files parsed at load.
final class LazyLanguage: Sendable {
    let language: String
    let stopwords: Set<String>
    let phoneWords: [String]
    private let entries: [Entry]
    private let knownRules: Set<String>
    private let compiled = Mutex<CompiledLanguage?>(nil)

    /// A pack file of the language, parsed at load or not yet.
    enum Entry: Sendable {
        case parsed(PackFile)
        case deferred(DeferredPackFile)
    }

    /// `entries` in the order the language compiles them.
    init(language: String, entries: [Entry], knownRules: Set<String>) {
        self.language = language
        self.entries = entries
        self.knownRules = knownRules
        let parsed = entries.compactMap { entry -> PackFile? in
            if case .parsed(let file) = entry { return file }
            return nil
        }
        stopwords = Set(parsed.flatMap(\.stopwords))
        phoneWords = parsed.flatMap(\.phoneWords)
    }

    /// The entries of `source` (by file name), then `shared`'s.
    static func entries(of source: LanguagePackSource) -> [Entry] {
        Set(source.files.keys).union(source.deferred.keys).sorted().compactMap { key in
            if let file = source.files[key] { return .parsed(file) }
            return source.deferred[key].map(Entry.deferred)
        }
    }

    /// The compiled language (under the lock, so concurrent first uses compile it once). A deferred
    /// built-in file that no longer parses (the installed packs were edited) is left out, with one
    /// line on standard error: the check goes on with the rest of the language.
    var pack: CompiledLanguage {
        compiled.withLock { pack in
            if let pack { return pack }
            var files: [PackFile] = []
            for entry in entries {
                switch entry {
                case .parsed(let file):
                    files.append(file)
                case .deferred(let deferred):
                    do {
                        files.append(try deferred.parse(knownRules: knownRules))
                    } catch {
                        FileHandle.standardError.write(Data("agency: guidelines: \(error); this rule pack is left out\n".utf8))
                    }
                }
            }
            let made = CompiledLanguage(language: language, files: files)
            pack = made
            return made
        }
    }
}

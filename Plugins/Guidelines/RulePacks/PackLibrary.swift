import AgencyPluginAPI
import Synchronization

/// The compiled packs of every language, for one list of pack folders.
struct PackLibrary: Sendable {
    /// Rules whose phrases come from packs; a pack's `rule:` must be one of these.
    static let phraseRules: Set<String> = [
        "marketing", "coupon", "review-incentive", "review-manipulation", "review-removal",
        "opt-out-link", "redundant-message", "sensitive-content",
    ]

    let languages: [String: LazyLanguage]
    /// Phone-context words of every language: a seller writes helplines in any of them.
    let phoneWords: PhoneWords
    let fallbackLanguage = "en"

    /// Loads the built-in packs, then `extraDirectories` in order. Compiled libraries are cached per
    /// folder list and the state of the extra folders' files, so an edited workspace pack is seen by
    /// the next check of a long-running session (the REPL).
    static func load(extraDirectories: [String]) throws -> PackLibrary {
        let builtIn = try PackLocator.builtInDirectory()
        let directories = [builtIn] + extraDirectories
        let key = (directories + extraDirectories.map(stamps)).joined(separator: "\u{0}")
        if let cached = cache.value(for: key) { return cached }
        let sources = try PackLoader.load(directories: directories, knownRules: phraseRules)
        let shared = sources[PackLoader.sharedFolder].map(LazyLanguage.entries) ?? []
        var languages: [String: LazyLanguage] = [:]
        for (code, source) in sources where code != PackLoader.sharedFolder {
            languages[code] = LazyLanguage(language: code, entries: LazyLanguage.entries(of: source) + shared, knownRules: phraseRules)
        }
        guard !languages.isEmpty else {
            throw PluginError("\(builtIn):1: no language folders (en, de, ...) with rule packs")
        }
        let words = languages.keys.sorted().flatMap { languages[$0]?.phoneWords ?? [] }
        let library = PackLibrary(languages: languages, phoneWords: PhoneWords(words))
        cache.store(library, for: key)
        return library
    }

    /// Every file of a pack folder (`<language>/<file>`) with its size and modification time.
    static func stamps(_ directory: String) -> String {
        FileSystem.contents(ofDirectory: directory).map { entry in
            let path = FileSystem.join(directory, entry)
            let files = FileSystem.contents(ofDirectory: path).map { "\($0)=\(FileSystem.stamp(FileSystem.join(path, $0)))" }
            return "\(entry)=\(FileSystem.stamp(path))[\(files.joined(separator: ","))]"
        }.joined(separator: ";")
    }

    /// The pack for `code` (`de`, `de-DE`, `de_AT` all give `de`), if there is one.
    func pack(for code: String?) -> CompiledLanguage? {
        guard let code, !code.isEmpty else { return nil }
        let lowered = code.lowercased()
        if let exact = languages[lowered] { return exact.pack }
        let base = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lowered
        return languages[base]?.pack
    }

    /// Some language's pack, when no other can be told: the fallback language's, else the first by code.
    var anyPack: CompiledLanguage? {
        pack(for: fallbackLanguage) ?? languages.keys.sorted().first.flatMap { languages[$0]?.pack }
    }

    /// Guesses the language of `bytes` from stopword counts over its first few kilobytes.
    func detect(_ bytes: [UInt8]) -> CompiledLanguage? {
        let limit = min(bytes.count, 6000)
        var counts: [String: Int] = [:]
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty, word.count <= 12 else { word.removeAll(keepingCapacity: true); return }
            let token = String(decoding: word, as: UTF8.self)
            for (code, pack) in languages where pack.stopwords.contains(token) { counts[code, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for index in 0..<limit {
            let byte = bytes[index]
            if ByteClass.isASCIILetter(byte) || byte >= 0x80 || byte == 0x27 {
                word.append(ByteClass.fold[Int(byte)])
            } else {
                flush()
            }
        }
        flush()
        guard let best = counts.max(by: { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }),
              best.value > 0 else { return nil }
        return languages[best.key]?.pack
    }
}

/// A process-wide cache of compiled pack libraries (compiling takes milliseconds; checks call `prepare` often).
final class PackLibraryCache: Sendable {
    private let entries = Mutex<[String: PackLibrary]>([:])

    func value(for key: String) -> PackLibrary? {
        entries.withLock { $0[key] }
    }

    func store(_ library: PackLibrary, for key: String) {
        entries.withLock { entries in
            if entries.count > 32 { entries.removeAll() }
            entries[key] = library
        }
    }
}

extension PackLibrary {
    static let cache = PackLibraryCache()
}

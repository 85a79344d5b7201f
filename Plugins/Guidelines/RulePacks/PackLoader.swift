import AgencyPluginAPI

/// Reads pack folders (`<lang>/<name>.yaml`, plus `all/` for every language) and layers them:
/// a file in a later folder replaces the file of the same name, or adds to it with `mode: extend`.
enum PackLoader {
    /// The language folder whose files join every language.
    static let sharedFolder = "all"

    static func load(directories: [String], knownRules: Set<String>) throws -> [String: LanguagePackSource] {
        var languages: [String: LanguagePackSource] = [:]
        for (layer, directory) in directories.enumerated() {
            guard PackLocator.isDirectory(directory) else {
                if layer == 0 { throw PluginError("\(directory):1: rule pack folder not found") }
                continue
            }
            let entries = FileSystem.contents(ofDirectory: directory)
            for language in entries.sorted() {
                let folder = FileSystem.join(directory, language)
                guard PackLocator.isDirectory(folder), !language.hasPrefix(".") else { continue }
                let names = FileSystem.contents(ofDirectory: folder).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                var source = languages[language] ?? LanguagePackSource(language: language)
                for name in names {
                    let path = FileSystem.join(folder, name)
                    guard let data = FileSystem.read(path) else {
                        throw PluginError("\(path):1: cannot read rule pack")
                    }
                    guard let text = String(validating: data, as: UTF8.self) else {
                        throw PluginError("\(path):1: rule pack is not UTF-8 text")
                    }
                    let key = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
                    if layer == 0, DeferredPackFile.canDefer(text) {
                        source.deferred[key] = DeferredPackFile(path: path, text: text)
                        continue
                    }
                    let file = try PackParser.parse(text, path: path, knownRules: knownRules)
                    if file.mode == .extend, let deferred = source.deferred.removeValue(forKey: key) {
                        source.files[key] = try deferred.parse(knownRules: knownRules)
                    }
                    source.deferred[key] = nil
                    if file.mode == .extend, var existing = source.files[key] {
                        existing.merge(file)
                        source.files[key] = existing
                    } else {
                        source.files[key] = file
                    }
                }
                languages[language] = source
            }
        }
        return languages
    }
}

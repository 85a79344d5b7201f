import Foundation

/// The phrase lists of the guidelines checker's rule packs, as an extended-regex file for `grep -f`.
enum PhraseList {
    /// Every list item (`- phrase`) of every YAML file under `folder`, regex-escaped, one per line.
    static func write(from folder: String, to path: String) throws -> Int {
        var phrases = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            let text = (try? String(contentsOfFile: (folder as NSString).appendingPathComponent(relative), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("- ") else { continue }
                var item = String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                if item.hasPrefix("\""), item.hasSuffix("\""), item.count >= 2 { item = String(item.dropFirst().dropLast()) }
                if item.hasPrefix("'"), item.hasSuffix("'"), item.count >= 2 { item = String(item.dropFirst().dropLast()) }
                guard !item.isEmpty, !item.contains(": "), !item.hasPrefix("{") else { continue }
                phrases.insert(escape(item.lowercased()))
            }
        }
        guard !phrases.isEmpty else { throw BenchError("no phrases found under \(folder)") }
        try (phrases.sorted().joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return phrases.count
    }

    static func escape(_ phrase: String) -> String {
        var out = ""
        for character in phrase {
            if "\\^$.|?*+()[]{}".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

import AgencyPluginAPI
import Yams

/// Reads one rule-pack YAML file, reporting problems as `path:line: message`.
enum PackParser {
    static let topLevelKeys: Set<String> = [
        "rule", "language", "mode", "description", "phrases", "exceptions", "cues", "options", "stopwords",
        "phone-words",
    ]

    static func parse(_ text: String, path: String, knownRules: Set<String>) throws -> PackFile {
        let root: Node?
        do {
            // UTF-8 named outright: Yams' default encoding reads the whole process environment on
            // every parse, which cost more than parsing a pack file.
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw PluginError("\(path):\(line(of: error)): invalid YAML: \(summary(of: error))")
        } catch {
            throw PluginError("\(path):1: invalid YAML: \(error)")
        }
        var file = PackFile(path: path)
        guard let root else { return file }
        guard case .mapping(let mapping) = root else {
            throw PluginError("\(path):\(root.mark?.line ?? 1): a rule pack must be a mapping of keys (rule, phrases, ...)")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            switch key {
            case "rule":
                guard let rule = value.string, knownRules.contains(rule) else {
                    throw PluginError("\(path):\(line): unknown rule id '\(value.string ?? "")'; phrase rules are \(knownRules.sorted().joined(separator: ", "))")
                }
                file.rule = rule
            case "mode":
                guard let mode = value.string.flatMap(PackFile.Mode.init(rawValue:)) else {
                    throw PluginError("\(path):\(line): mode must be 'replace' or 'extend'")
                }
                file.mode = mode
            case "language", "description":
                guard value.string != nil else { throw PluginError("\(path):\(line): \(key) must be a string") }
            case "phrases":
                file.phrases = try phrases(value, key: key, path: path)
            case "exceptions":
                file.exceptions = try phrases(value, key: key, path: path)
            case "stopwords":
                file.stopwords = try phrases(value, key: key, path: path).map { $0.text.lowercased() }
            case "phone-words":
                file.phoneWords = try phrases(value, key: key, path: path).map { $0.text.lowercased() }
            case "cues":
                guard case .mapping(let cues) = value else {
                    throw PluginError("\(path):\(line): cues must map cue names to lists of phrases")
                }
                for (nameNode, list) in cues {
                    guard let name = nameNode.string, !name.isEmpty else {
                        throw PluginError("\(path):\(nameNode.mark?.line ?? line): a cue name must be a string")
                    }
                    file.cues[name, default: []] += try phrases(list, key: "cues.\(name)", path: path)
                }
            case "options":
                guard case .mapping(let options) = value else {
                    throw PluginError("\(path):\(line): options must be a mapping")
                }
                for (nameNode, optionValue) in options {
                    guard let name = nameNode.string, let scalar = optionValue.string else {
                        throw PluginError("\(path):\(nameNode.mark?.line ?? line): options take scalar values")
                    }
                    file.options[name] = scalar
                }
            default:
                throw PluginError("\(path):\(line): unknown key '\(key)'; expected one of \(topLevelKeys.sorted().joined(separator: ", "))")
            }
        }
        return file
    }

    private static func phrases(_ node: Node, key: String, path: String) throws -> [PackPhrase] {
        guard case .sequence(let sequence) = node else {
            throw PluginError("\(path):\(node.mark?.line ?? 1): \(key) must be a list of phrases")
        }
        var result: [PackPhrase] = []
        for item in sequence {
            let line = item.mark?.line ?? 1
            guard let text = item.string else {
                throw PluginError("\(path):\(line): each entry of \(key) must be a phrase (a string)")
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed != "~", trimmed != "~~" else {
                throw PluginError("\(path):\(line): empty phrase in \(key)")
            }
            result.append(PackPhrase(text: trimmed, line: line))
        }
        return result
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

private extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}

import Foundation
import Yams

/// Reads YAML with positions, so every error names the file, line and key.
struct YAMLReader {
    let file: String
    let mapping: Node.Mapping
    let line: Int

    /// Parses `text` (from `file`) whose root must be a mapping; an empty document is an empty mapping.
    /// `lineOffset` shifts reported lines (front matter starts below the `---`).
    static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLReader {
        let node: Node?
        do {
            // Every value is read as a string, so skip Yams' regex-based tag resolution, and name the encoding
            // so Yams does not consult the environment for it on every call (both showed up in profiles).
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw InputError(file: file, line: Self.line(of: error).map { $0 + lineOffset }, "invalid YAML: \(Self.problem(of: error))")
        }
        guard let node else {
            return YAMLReader(file: file, mapping: Node.Mapping([]), line: 1 + lineOffset)
        }
        guard let mapping = node.mapping else {
            throw InputError(file: file, line: (node.mark?.line ?? 1) + lineOffset, "expected a mapping of keys to values")
        }
        return YAMLReader(file: file, mapping: mapping, line: (node.mark?.line ?? 1) + lineOffset, offset: lineOffset)
    }

    /// Reads a YAML file from disk; `displayPath` is how errors name it.
    static func load(path: String, displayPath: String) throws -> YAMLReader {
        try parse(try TextFile.read(path: path, displayPath: displayPath), file: displayPath)
    }

    private let offset: Int

    init(file: String, mapping: Node.Mapping, line: Int, offset: Int = 0) {
        self.file = file
        self.mapping = mapping
        self.line = line
        self.offset = offset
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _), let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }

    /// The 1-based file line of `node`.
    func line(of node: Node) -> Int { (node.mark?.line ?? line) + offset }

    /// The keys in file order, with their lines.
    var keys: [(key: String, line: Int)] {
        mapping.compactMap { pair in pair.key.string.map { ($0, line(of: pair.key)) } }
    }

    /// Throws on the first key not in `allowed`.
    func rejectUnknownKeys(allowed: Set<String>, context: String? = nil) throws {
        for (key, keyLine) in keys where !allowed.contains(key) {
            let known = allowed.sorted().joined(separator: ", ")
            throw InputError(file: file, line: keyLine, field: context.map { "\($0).\(key)" } ?? key,
                             "unknown key (known keys: \(known))")
        }
    }

    func node(_ key: String) -> Node? { mapping[key] }

    func keyLine(_ key: String) -> Int? {
        mapping.first { $0.key.string == key }.map { line(of: $0.key) }
    }

    /// A scalar string value, or nil when the key is absent.
    func string(_ key: String) throws -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            throw InputError(file: file, line: line(of: value), field: key, "expected a single value")
        }
        return scalar.string
    }

    /// A list of strings; a single scalar counts as a one-item list.
    func stringList(_ key: String) throws -> [String]? {
        guard let value = node(key) else { return nil }
        if let scalar = value.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = value.sequence else {
            throw InputError(file: file, line: line(of: value), field: key, "expected a list")
        }
        return try sequence.map { item in
            guard let scalar = item.scalar else {
                throw InputError(file: file, line: line(of: item), field: key, "expected a list of plain values")
            }
            return scalar.string
        }
    }

    /// A nested mapping, or nil when the key is absent.
    func mapping(_ key: String) throws -> YAMLReader? {
        guard let value = node(key) else { return nil }
        if let scalar = value.scalar, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return nil }
        guard let nested = value.mapping else {
            throw InputError(file: file, line: line(of: value), field: key, "expected a mapping")
        }
        return YAMLReader(file: file, mapping: nested, line: line(of: value), offset: offset)
    }

    /// The items of a list of mappings.
    func mappingList(_ key: String) throws -> [YAMLReader]? {
        guard let value = node(key) else { return nil }
        if let scalar = value.scalar, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [] }
        guard let sequence = value.sequence else {
            throw InputError(file: file, line: line(of: value), field: key, "expected a list")
        }
        return try sequence.map { item in
            guard let nested = item.mapping else {
                throw InputError(file: file, line: line(of: item), field: key, "expected a list of mappings")
            }
            return YAMLReader(file: file, mapping: nested, line: line(of: item), offset: offset)
        }
    }
}

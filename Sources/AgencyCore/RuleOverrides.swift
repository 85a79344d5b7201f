import AgencyPluginAPI
import Foundation

/// Rule settings from one configuration layer (`workspace.yaml` or a `seller.yaml`).
public struct RuleOverrides: Sendable {
    /// Display path of the file they came from.
    public var source: String
    /// Rule id → level and the line that set it.
    public var levels: [String: (level: RuleLevel, line: Int)]
    public var allowedDomains: [String]?
    public var customRules: [(rule: CustomRule, line: Int)]

    public init(source: String, levels: [String: (level: RuleLevel, line: Int)] = [:],
                allowedDomains: [String]? = nil, customRules: [(rule: CustomRule, line: Int)] = []) {
        self.source = source
        self.levels = levels
        self.allowedDomains = allowedDomains
        self.customRules = customRules
    }

    static let keys: Set<String> = ["rules", "allowed-domains", "custom-rules"]

    /// Reads `rules`, `allowed-domains` and `custom-rules` from a config file's root mapping.
    static func read(from yaml: YAMLReader) throws -> RuleOverrides {
        var overrides = RuleOverrides(source: yaml.file)
        if let rules = try yaml.mapping("rules") {
            for pair in rules.mapping {
                guard let id = pair.key.string else { continue }
                let value = pair.value.scalar?.string ?? ""
                guard let level = RuleLevel(rawValue: value.lowercased()) else {
                    throw InputError(file: yaml.file, line: rules.line(of: pair.value), field: "rules.\(id)",
                                     "invalid level '\(value)' (use off, note, warning or error)")
                }
                overrides.levels[id] = (level, rules.line(of: pair.key))
            }
        }
        if let domains = try yaml.stringList("allowed-domains") {
            overrides.allowedDomains = try domains.map { domain in
                let cleaned = domain.lowercased().trimmingCharacters(in: .whitespaces)
                guard !cleaned.isEmpty, !cleaned.contains("/"), !cleaned.contains(" "), cleaned.contains(".") else {
                    throw InputError(file: yaml.file, line: yaml.keyLine("allowed-domains"), field: "allowed-domains",
                                     "'\(domain)' is not a domain name (write it as example.com)")
                }
                return cleaned
            }
        }
        for item in try yaml.mappingList("custom-rules") ?? [] {
            overrides.customRules.append((try CustomRuleReader.read(item), item.line))
        }
        return overrides
    }
}

/// Validates one `custom-rules` entry.
enum CustomRuleReader {
    static func read(_ item: YAMLReader) throws -> CustomRule {
        try item.rejectUnknownKeys(allowed: ["id", "level", "message", "patterns"], context: "custom-rules")
        guard let id = try item.string("id"), SellerID.isValid(id) else {
            throw InputError(file: item.file, line: item.line, field: "custom-rules.id",
                             "missing or invalid id (lowercase letters, digits and '-')")
        }
        let levelText = try item.string("level") ?? "error"
        guard let level = RuleLevel(rawValue: levelText) else {
            throw InputError(file: item.file, line: item.keyLine("level"), field: "custom-rules.level",
                             "invalid level '\(levelText)' (use off, note, warning or error)")
        }
        let patterns = try item.stringList("patterns") ?? []
        guard !patterns.isEmpty else {
            throw InputError(file: item.file, line: item.line, field: "custom-rules.patterns", "rule '\(id)' has no patterns")
        }
        for pattern in patterns {
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw InputError(file: item.file, line: item.keyLine("patterns"), field: "custom-rules.patterns",
                                 "invalid regular expression '\(pattern)'")
            }
        }
        let message = try item.string("message") ?? "Matches custom rule \(id)"
        return CustomRule(id: id, level: level, message: message, patterns: patterns)
    }
}

import AgencyPluginAPI

/// The effective setting of one rule, with the layer that decided it.
public struct EffectiveRule: Sendable, Hashable {
    public var id: String
    public var level: RuleLevel
    /// `default`, or `file:line` of the override that set it.
    public var source: String
}

/// Rule configuration after merging the defaults, `workspace.yaml` and the seller's `seller.yaml`,
/// key by key, later layers winning.
public struct EffectiveRules: Sendable {
    public var rules: [EffectiveRule]
    public var allowedDomains: [String]
    public var allowedDomainsSource: String
    public var customRules: [CustomRule]
    public var customRuleSources: [String: String]

    /// Merges `layers` (workspace first, then seller) over `defaults`.
    /// Unknown rule ids in a layer are errors naming the file and line.
    public init(defaults: [RuleDescriptor], layers: [RuleOverrides]) throws {
        var levels: [String: EffectiveRule] = [:]
        for descriptor in defaults {
            levels[descriptor.id] = EffectiveRule(id: descriptor.id, level: descriptor.defaultLevel, source: "default")
        }
        var allowed: [String] = []
        var allowedSource = "default"
        var custom: [String: CustomRule] = [:]
        var customOrder: [String] = []
        var customSources: [String: String] = [:]
        for layer in layers {
            for item in layer.customRules {
                if levels[item.rule.id] != nil, custom[item.rule.id] == nil {
                    throw InputError(file: layer.source, line: item.line, field: "custom-rules.id",
                                     "'\(item.rule.id)' is a built-in rule id; choose another id")
                }
                if custom[item.rule.id] == nil { customOrder.append(item.rule.id) }
                custom[item.rule.id] = item.rule
                customSources[item.rule.id] = "\(layer.source):\(item.line)"
            }
            for (id, setting) in layer.levels.sorted(by: { $0.key < $1.key }) {
                if levels[id] != nil {
                    levels[id] = EffectiveRule(id: id, level: setting.level, source: "\(layer.source):\(setting.line)")
                } else if custom[id] != nil {
                    custom[id]?.level = setting.level
                    customSources[id] = "\(layer.source):\(setting.line)"
                } else {
                    let hint = Self.closest(to: id, in: Array(levels.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                    throw InputError(file: layer.source, line: setting.line, field: "rules.\(id)", "unknown rule id\(hint)")
                }
            }
            if let domains = layer.allowedDomains {
                allowed = domains
                allowedSource = layer.source
            }
        }
        rules = defaults.compactMap { levels[$0.id] }
        allowedDomains = allowed
        allowedDomainsSource = allowedSource
        customRules = customOrder.compactMap { custom[$0] }
        customRuleSources = customSources
    }

    /// Levels of every rule, built-in and custom, for checkers.
    public var levels: [String: RuleLevel] {
        var map = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.level) })
        for rule in customRules { map[rule.id] = rule.level }
        return map
    }

    /// A near-miss rule id, for "did you mean".
    static func closest(to id: String, in candidates: [String]) -> String? {
        candidates.map { ($0, editDistance(id, $0)) }.filter { $0.1 <= 3 }.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

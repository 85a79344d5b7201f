import AgencyPluginAPI

/// The `guidelines` checker: every message rule of GUIDELINES.md §1 plus `unknown-placeholder`.
struct GuidelinesChecker: MessageChecker {
    let id = "guidelines"
    let rules: [RuleDescriptor] = RuleCatalog.all

    func prepare(settings: RuleSettings) throws -> any PreparedMessageChecker {
        let library = try PackLibrary.load(extraDirectories: settings.packDirectories)
        var levels: [String: RuleLevel] = [:]
        for rule in rules { levels[rule.id] = settings.level(for: rule.id, default: rule.defaultLevel) }
        var custom: [CompiledCustomRule] = []
        for rule in settings.customRules {
            var effective = rule
            effective.level = settings.levels[rule.id] ?? rule.level
            custom.append(try CompiledCustomRule(effective))
        }
        var fixes: [String: String] = [:]
        for rule in rules { fixes[rule.id] = rule.fix }
        return PreparedGuidelines(
            levels: levels, fixes: fixes,
            allowedDomains: settings.allowedDomains.map { $0.lowercased().trimmingTrailing(".") }
                .map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 },
            library: library, sellerLanguages: settings.sellerLanguages, customRules: custom)
    }
}

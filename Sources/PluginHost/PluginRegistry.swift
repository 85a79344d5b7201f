import AgencyPluginAPI

/// A plugin library that loaded and registered.
public struct LoadedPlugin: Sendable, Hashable, Codable {
    public var id: String
    public var version: String
    /// `checker`, `exporter`, or both joined with `+`.
    public var kind: String
    public var path: String
    /// Ids of the checkers and exporters it registered.
    public var provides: [String]
}

/// A file that looked like a plugin but was not loaded, with the reason.
public struct SkippedPlugin: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String
}

/// Everything the plugins registered at startup.
public struct PluginRegistry: Sendable {
    public internal(set) var messageCheckers: [any MessageChecker] = []
    public internal(set) var ledgerCheckers: [any LedgerChecker] = []
    public internal(set) var exporters: [any Exporter] = []
    public internal(set) var loaded: [LoadedPlugin] = []
    public internal(set) var skipped: [SkippedPlugin] = []

    public init() {}

    /// The exporter with `id`, if one is registered.
    public func exporter(_ id: String) -> (any Exporter)? { exporters.first { $0.id == id } }

    /// Every rule of every checker, in registration order.
    public var rules: [RuleDescriptor] {
        messageCheckers.flatMap(\.rules) + ledgerCheckers.flatMap(\.rules)
    }

    /// The rule with `id`, if a checker reports it.
    public func rule(_ id: String) -> RuleDescriptor? { rules.first { $0.id == id } }

    /// Ids already taken by a checker or exporter.
    var componentIDs: Set<String> {
        Set(messageCheckers.map(\.id) + ledgerCheckers.map(\.id) + exporters.map { "exporter:" + $0.id })
    }

    /// Adds what `registrar` collected, or returns why it cannot be added.
    mutating func merge(_ registrar: PluginRegistrar, path: String) -> String? {
        let checkerIDs = registrar.messageCheckers.map(\.id) + registrar.ledgerCheckers.map(\.id)
        let exporterIDs = registrar.exporters.map(\.id)
        guard !(checkerIDs.isEmpty && exporterIDs.isEmpty) else {
            return "registered no checker or exporter"
        }
        let taken = componentIDs
        if let clash = checkerIDs.first(where: taken.contains) ?? exporterIDs.first(where: { taken.contains("exporter:" + $0) }) {
            let owner = loaded.first { $0.provides.contains(clash) }?.path ?? "another plugin"
            return "duplicate id '\(clash)' (already registered by \(owner))"
        }
        let ruleIDs = Set(rules.map(\.id))
        let newRules = registrar.messageCheckers.flatMap(\.rules) + registrar.ledgerCheckers.flatMap(\.rules)
        if let clash = newRules.first(where: { ruleIDs.contains($0.id) }) {
            return "duplicate rule id '\(clash.id)'"
        }
        messageCheckers += registrar.messageCheckers
        ledgerCheckers += registrar.ledgerCheckers
        exporters += registrar.exporters
        var kinds: [String] = []
        if !checkerIDs.isEmpty { kinds.append("checker") }
        if !exporterIDs.isEmpty { kinds.append("exporter") }
        loaded.append(LoadedPlugin(
            id: registrar.pluginID ?? (checkerIDs + exporterIDs)[0],
            version: registrar.pluginVersion ?? "unknown",
            kind: kinds.joined(separator: "+"),
            path: path,
            provides: checkerIDs + exporterIDs))
        return nil
    }
}

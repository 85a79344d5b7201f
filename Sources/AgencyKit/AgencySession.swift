import AgencyCore
import AgencyPluginAPI
import AgencyStore
import Foundation
import PluginHost

/// Everything one command needs: the workspace (if any), the loaded plugins and, on demand, the ledger.
public final class AgencySession: @unchecked Sendable {
    public let workspace: Workspace?
    public let plugins: PluginRegistry
    public let environment: [String: String]
    public let currentDirectory: String
    private var openedLedger: Ledger?

    /// Finds the workspace (`--workspace`, `$AGENCY_WORKSPACE`, or upward from the current folder)
    /// and loads the plugins it and the installation provide.
    public init(workspacePath: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        self.environment = environment
        self.currentDirectory = currentDirectory
        workspace = try Workspace.locate(explicit: workspacePath, environment: environment, currentDirectory: currentDirectory)
        plugins = PluginLoader().load(directories: PluginLoader.searchDirectories(workspace: workspace?.root, environment: environment))
    }

    /// The workspace, or a usage error that says how to create one.
    public func requireWorkspace() throws -> Workspace {
        guard let workspace else { throw UsageError(Workspace.missingHint) }
        return workspace
    }

    /// The workspace's ledger, opened (and migrated) on first use.
    public func ledger() throws -> Ledger {
        if let openedLedger { return openedLedger }
        let workspace = try requireWorkspace()
        let ledger = try Ledger(path: workspace.ledgerPath, displayPath: workspace.displayPath(workspace.ledgerPath))
        openedLedger = ledger
        return ledger
    }

    /// Records a workspace change in the audit log.
    public func audit(_ command: String, detail: String = "") throws {
        try ledger().recordAudit(command: command, detail: detail)
    }

    /// A seller id from user input, validated, and known to the workspace.
    public func seller(_ raw: String) throws -> SellerConfig {
        try requireWorkspace().seller(SellerID(raw))
    }

    /// Errors when no message checker is loaded: the plugins were not built or not found.
    public func requireMessageCheckers() throws -> [any MessageChecker] {
        guard !plugins.messageCheckers.isEmpty else {
            throw UsageError("no checker plugin found (looked for libAgencyPlugin*.so beside the executable, in <workspace>/plugins and $AGENCY_PLUGIN_PATH); build them with 'make build' ('swift run' builds only the executable)")
        }
        return plugins.messageCheckers
    }

    /// Effective rule levels for `seller` (or the workspace, or the defaults outside a workspace).
    public func effectiveRules(for seller: SellerConfig?) throws -> EffectiveRules {
        var layers: [RuleOverrides] = []
        if let workspace { layers.append(workspace.config.overrides) }
        if let seller { layers.append(seller.overrides) }
        return try EffectiveRules(defaults: plugins.rules, layers: layers)
    }

    /// The settings handed to checkers for `seller`.
    public func ruleSettings(for seller: SellerConfig?) throws -> RuleSettings {
        let effective = try effectiveRules(for: seller)
        var languages = seller?.languages ?? []
        if languages.isEmpty, let marketplace = seller?.marketplaces.first.flatMap(Marketplace.find) {
            languages = [marketplace.language]
        }
        if languages.isEmpty, let language = workspace?.config.language { languages = [language] }
        var packs: [String] = []
        if let workspace, FileManager.default.fileExists(atPath: workspace.packsFolder) { packs.append(workspace.packsFolder) }
        return RuleSettings(levels: effective.levels, allowedDomains: effective.allowedDomains,
                            customRules: effective.customRules, packDirectories: packs, sellerLanguages: languages)
    }

    /// Message checkers prepared for `seller`'s settings.
    public func preparedCheckers(for seller: SellerConfig?) throws -> [any PreparedMessageChecker] {
        let settings = try ruleSettings(for: seller)
        return try requireMessageCheckers().map { checker in
            do {
                return try checker.prepare(settings: settings)
            } catch let error as PluginError {
                throw UsageError("\(checker.id): \(error.description)")
            }
        }
    }
}

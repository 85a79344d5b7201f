import AgencyCore
import AgencyKit
import Foundation

/// Completion data from the console's current workspace and the plugins it loads.
/// Plugin ids are read once per workspace; sellers and templates are read on every Tab.
final class WorkspaceCompletionSource: CompletionSource {
    var context: ReplContext
    private var pluginIDs: (workspace: String?, rules: [String], exporters: [String])?

    init(context: ReplContext) {
        self.context = context
    }

    var currentSeller: String? { context.seller }

    private var workspace: Workspace? { try? context.workspace() }

    func sellerIDs() -> [String] {
        ((try? workspace?.sellerIDs()) ?? []).map(\.rawValue)
    }

    func templateNames(seller: String) -> [String] {
        guard let workspace, let id = try? SellerID(seller) else { return [] }
        return (try? workspace.templateNames(seller: id)) ?? []
    }

    func ruleIDs() -> [String] { plugins().rules }

    func exporterIDs() -> [String] { plugins().exporters }

    func paths(startingWith prefix: String, directoriesOnly: Bool) -> [String] {
        PathCompletion.paths(startingWith: prefix, directoriesOnly: directoriesOnly, in: context.currentDirectory,
                             home: context.environment["HOME"] ?? NSHomeDirectory())
    }

    private func plugins() -> (rules: [String], exporters: [String]) {
        let root = workspace?.root
        if let cached = pluginIDs, cached.workspace == root { return (cached.rules, cached.exporters) }
        guard let session = try? AgencySession(workspacePath: root, environment: context.environment,
                                               currentDirectory: context.currentDirectory) else { return ([], []) }
        let ids = (rules: session.plugins.rules.map(\.id), exporters: session.plugins.exporters.map(\.id))
        pluginIDs = (root, ids.rules, ids.exporters)
        return ids
    }
}

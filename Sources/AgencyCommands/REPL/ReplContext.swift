import AgencyCore
import Foundation

/// The console's current workspace and seller: what `.workspace` and `.use` change, what the
/// prompt shows, and the defaults every command line runs with.
struct ReplContext {
    /// The workspace chosen with `-w` or `.workspace` (absolute); nil means the usual lookup.
    private(set) var workspacePath: String?
    /// The seller chosen with `.use`.
    private(set) var seller: String?
    let environment: [String: String]
    let currentDirectory: String

    init(workspacePath: String?, seller: String?,
         environment: [String: String] = ProcessInfo.processInfo.environment,
         currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.workspacePath = workspacePath.map { Self.absolute($0, from: currentDirectory) }
        self.seller = seller
    }

    /// The defaults commands see through `CommandContext`.
    var defaults: CommandDefaults { CommandDefaults(workspace: workspacePath, seller: seller) }

    /// The workspace commands would use now, if any.
    func workspace() throws -> Workspace? {
        try Workspace.locate(explicit: workspacePath, environment: environment, currentDirectory: currentDirectory)
    }

    /// `agency(demo:acme-kitchen)> `, `agency(demo)> `, or `agency> ` outside a workspace.
    func prompt() -> String {
        guard let workspace = try? workspace() else { return "agency> " }
        let name = URL(fileURLWithPath: workspace.root).lastPathComponent
        return "agency(\(name)\(seller.map { ":\($0)" } ?? ""))> "
    }

    /// `.use SELLER`: checks that the seller exists in the current workspace; nil clears it.
    mutating func use(_ raw: String?) throws {
        guard let raw else {
            seller = nil
            return
        }
        guard let workspace = try workspace() else { throw UsageError(Workspace.missingHint) }
        seller = try workspace.seller(SellerID(raw)).id.rawValue
    }

    /// `.workspace PATH`: opens the workspace at `path` (relative to the starting folder).
    /// The current seller stays when the new workspace has it too; the returned note says when it does not.
    mutating func switchWorkspace(to path: String) throws -> String? {
        let absolute = Self.absolute(path, from: currentDirectory)
        let workspace = try Workspace(root: absolute)
        workspacePath = workspace.root
        guard let current = seller else { return nil }
        let kept = (try? workspace.sellerIDs().map(\.rawValue).contains(current)) ?? false
        if kept { return nil }
        seller = nil
        return "seller '\(current)' is not in this workspace; no seller in use"
    }

    /// `path` with `~` expanded, made absolute against `directory`.
    static func absolute(_ path: String, from directory: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let url = expanded.hasPrefix("/")
            ? URL(fileURLWithPath: expanded)
            : URL(fileURLWithPath: directory).appendingPathComponent(expanded)
        return url.standardizedFileURL.path
    }
}

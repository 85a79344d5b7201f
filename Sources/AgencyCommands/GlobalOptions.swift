import AgencyKit
import ArgumentParser

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("w"), .long], help: "Workspace folder (default: $AGENCY_WORKSPACE, else the nearest folder upward with workspace.yaml).",
            completion: .directory)
    public var workspace: String?

    public init() {}

    /// A session over the chosen workspace, with plugins loaded.
    public func session() throws -> AgencySession {
        try AgencySession(workspacePath: workspace ?? CommandContext.defaults.workspace)
    }

    /// `explicit`, else the REPL's current seller.
    public func seller(_ explicit: String?) -> String? {
        explicit ?? CommandContext.defaults.seller
    }
}

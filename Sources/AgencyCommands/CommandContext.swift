/// Defaults that the REPL sets with `.use SELLER` and `.workspace PATH`; one-shot commands see none.
public struct CommandDefaults: Sendable {
    public var workspace: String?
    public var seller: String?

    public init(workspace: String? = nil, seller: String? = nil) {
        self.workspace = workspace
        self.seller = seller
    }
}

/// The defaults in force for the command being run.
public enum CommandContext {
    @TaskLocal public static var defaults = CommandDefaults()
}

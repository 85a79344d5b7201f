/// The data completion offers besides the command tree: the workspace's sellers and templates,
/// the loaded plugins' rules and exporters, and the file system.
protocol CompletionSource {
    /// The seller chosen with `.use`, if any.
    var currentSeller: String? { get }
    func sellerIDs() -> [String]
    func templateNames(seller: String) -> [String]
    func ruleIDs() -> [String]
    func exporterIDs() -> [String]
    /// Paths that start with `prefix` as typed (relative or absolute); folders end in `/`.
    func paths(startingWith prefix: String, directoriesOnly: Bool) -> [String]
}

@testable import AgencyCommands

/// Completion data without a workspace: two sellers, a few templates, rules, exporters and paths.
struct FakeCompletionSource: CompletionSource {
    var currentSeller: String?
    var templates = ["acme-kitchen": ["delivery-followup", "review-request"], "brightpath-uk": ["welcome"]]
    var files = ["imports/orders.tsv", "imports/", "reports/", "sellers/", "README.md", "sellers/acme-kitchen/"]

    func sellerIDs() -> [String] { ["acme-kitchen", "brightpath-uk"] }
    func templateNames(seller: String) -> [String] { templates[seller] ?? [] }
    func ruleIDs() -> [String] { ["external-link", "review-manipulation", "emoji"] }
    func exporterIDs() -> [String] { ["json", "jsonl", "sarif", "text"] }

    func paths(startingWith prefix: String, directoriesOnly: Bool) -> [String] {
        // Like a folder listing: only entries directly inside the folder the prefix points into.
        let folder = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
        return files.filter { path in
            guard path.hasPrefix(folder), path != folder else { return false }
            let rest = path.dropFirst(folder.count).dropLast(path.hasSuffix("/") ? 1 : 0)
            return !rest.contains("/") && (!directoriesOnly || path.hasSuffix("/"))
        }
    }
}

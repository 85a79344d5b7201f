import AgencyTestSupport
import Foundation

/// A private copy of `Workspaces/demo` in a temp folder, so tests may change it.
struct DemoWorkspace {
    let folder: TemporaryDirectory
    var url: URL { folder.url.appendingPathComponent("demo") }
    var path: String { url.path }

    init() throws {
        folder = try TemporaryDirectory(prefix: "agency-repl")
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Workspaces/demo"), to: url)
    }
}

import AgencyCore
import AgencyKit
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a workspace.")

    @Argument(help: "Folder for the new workspace (created if missing).", completion: .directory)
    var path: String

    @Option(help: "The agency's name (default: the folder's name).")
    var name: String?

    func run() throws {
        let folderName = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        let workspace = try Workspace.create(at: path, name: name ?? folderName)
        let session = try AgencySession(workspacePath: workspace.root)
        try session.audit("init", detail: workspace.config.name)
        Output.line("Created workspace '\(workspace.config.name)' in \(path)")
        Output.line("Next: agency -w \(path) seller add ID --name NAME --marketplace US")
    }
}

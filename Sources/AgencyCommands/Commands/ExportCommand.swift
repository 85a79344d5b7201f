import AgencyCore
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write reports of findings, orders, messages or a summary.")

    func run() throws {
        throw UsageError("'agency export' is not available yet")
    }
}

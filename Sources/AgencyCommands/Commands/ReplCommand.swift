import AgencyCore
import ArgumentParser

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repl", abstract: "The interactive console.")

    func run() throws {
        throw UsageError("'agency repl' is not available yet")
    }
}

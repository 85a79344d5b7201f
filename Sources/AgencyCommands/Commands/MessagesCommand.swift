import AgencyCore
import ArgumentParser

struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "messages", abstract: "The message log: import, record, list.")

    func run() throws {
        throw UsageError("'agency messages' is not available yet")
    }
}

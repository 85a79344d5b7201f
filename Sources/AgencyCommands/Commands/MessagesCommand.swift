import AgencyCore
import ArgumentParser

struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages", abstract: "The message log: import history, record a send made elsewhere, list.",
        subcommands: [MessagesImportCommand.self, MessagesRecordCommand.self, MessagesListCommand.self])
}

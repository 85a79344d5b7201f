import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser

struct MessagesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import message history (amazon-order-id, message-type, channel, sent-at, template, language).",
        discussion: "The orders must be in the ledger already. A file imported before is skipped, and a message already logged is not added twice.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller the messages belong to.")
    var seller: String?

    @Flag(help: "Import the good rows and list the bad ones instead of aborting.")
    var skipBadRows = false

    @Argument(help: "Message history files (CSV or TSV).", completion: .file())
    var files: [String]

    func run() throws {
        try LedgerImportCommand.run(global: global, seller: seller, files: files, kinds: [.messageHistory],
                                    skipBadRows: skipBadRows, noun: "messages")
    }
}

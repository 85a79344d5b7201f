import AgencyCore
import ArgumentParser

struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: "Render, check, guard against ledger rules, record, and write the outbox request.")

    func run() throws {
        throw UsageError("'agency send' is not available yet")
    }
}

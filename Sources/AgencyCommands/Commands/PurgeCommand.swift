import AgencyCore
import ArgumentParser

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "purge", abstract: "Drop buyer personal data past its retention.")

    func run() throws {
        throw UsageError("'agency purge' is not available yet")
    }
}

import AgencyCore
import ArgumentParser

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Ledger orders: import Amazon order reports, list, show.")

    func run() throws {
        throw UsageError("'agency orders' is not available yet")
    }
}

import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete buyer personal data past its retention (30 days after delivery).",
        discussion: "Orders and the message log stay; only buyer names and emails go. Nothing is printed of the data itself.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only say what would be deleted.")
    var dryRun = false

    func run() throws {
        let session = try global.session()
        let result = try session.ledger().purgePersonalData(dryRun: dryRun)
        guard result.values > 0 else {
            Output.line("No buyer personal data past its retention.")
            return
        }
        for entry in result.bySeller {
            Output.line("\(entry.seller): \(entry.values) value\(entry.values == 1 ? "" : "s") of \(entry.orders) order\(entry.orders == 1 ? "" : "s")")
        }
        Output.line(dryRun ? "Dry run: would delete \(result.values) value(s) of \(result.orders) order(s)."
                           : "Deleted \(result.values) value(s) of \(result.orders) order(s).")
    }
}

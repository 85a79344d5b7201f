import AgencyCore
import AgencyKit
import ArgumentParser

struct SellerRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a seller's folder (configuration and templates). Its ledger rows are kept.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Seller id.")
    var id: String

    func run() throws {
        let session = try global.session()
        let sellerID = try SellerID(id)
        try session.requireWorkspace().removeSeller(sellerID)
        try session.audit("seller remove", detail: sellerID.rawValue)
        Output.line("Removed seller \(sellerID).")
    }
}

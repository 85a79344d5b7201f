import AgencyCore
import AgencyKit
import ArgumentParser

struct SellerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a seller.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Seller id: lowercase letters, digits and '-'.")
    var id: String

    @Option(help: "The seller's display name.")
    var name: String

    @Option(name: .customLong("marketplace"), help: "Marketplace code (US, UK, DE, ...); repeatable.")
    var marketplaces: [String]

    @Option(name: .customLong("language"), help: "Language code (en, de, ...); repeatable; first is the default. Default: the marketplace's.")
    var languages: [String] = []

    func validate() throws {
        guard !marketplaces.isEmpty else { throw ValidationError("give at least one --marketplace, e.g. --marketplace US") }
    }

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let sellerID = try SellerID(id)
        let languages = languages.isEmpty ? [marketplaces.first.flatMap(Marketplace.find)?.language ?? "en"] : languages
        try workspace.addSeller(id: sellerID, name: name, marketplaces: marketplaces, languages: languages)
        try session.audit("seller add", detail: sellerID.rawValue)
        Output.line("Added seller \(sellerID) (\(name)) on \(marketplaces.joined(separator: ", ")).")
    }
}

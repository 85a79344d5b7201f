import AgencyKit
import ArgumentParser

struct SellerShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one seller.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Seller id.")
    var id: String?

    func run() throws {
        let session = try global.session()
        guard let id = global.seller(id) else { throw ValidationError("give a seller id") }
        let seller = try session.seller(id)
        let workspace = try session.requireWorkspace()
        let templates = try workspace.templateNames(seller: seller.id)
        Output.line("Seller:        \(seller.id)")
        Output.line("Name:          \(seller.name)")
        Output.line("Marketplaces:  \(seller.marketplaces.joined(separator: ", "))")
        Output.line("Languages:     \(seller.languages.joined(separator: ", "))")
        Output.line("Overrides:     \(seller.overrides.levels.count) rule level(s), \(seller.overrides.customRules.count) custom rule(s)")
        if let domains = seller.overrides.allowedDomains, !domains.isEmpty {
            Output.line("Allowed:       \(domains.joined(separator: ", "))")
        }
        Output.line("Templates:     \(templates.isEmpty ? "(none)" : templates.joined(separator: ", "))")
    }
}

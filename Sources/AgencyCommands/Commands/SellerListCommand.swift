import AgencyKit
import ArgumentParser

struct SellerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List sellers.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    struct Row: Encodable {
        var id: String
        var name: String
        var marketplaces: [String]
        var languages: [String]
        var templates: Int
    }

    func run() throws {
        let workspace = try global.session().requireWorkspace()
        let rows = try workspace.sellers().map { seller in
            Row(id: seller.id.rawValue, name: seller.name, marketplaces: seller.marketplaces,
                languages: seller.languages, templates: try workspace.templateNames(seller: seller.id).count)
        }
        if json {
            Output.line(try Output.json(rows))
            return
        }
        guard !rows.isEmpty else {
            Output.line("No sellers yet; add one with 'agency seller add ID --name NAME --marketplace US'.")
            return
        }
        Output.line(Output.table(["SELLER", "NAME", "MARKETPLACES", "LANGUAGES", "TEMPLATES"], rows.map {
            [$0.id, $0.name, $0.marketplaces.joined(separator: ","), $0.languages.joined(separator: ","), String($0.templates)]
        }))
    }
}

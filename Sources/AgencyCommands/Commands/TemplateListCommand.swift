import AgencyCore
import AgencyKit
import ArgumentParser

struct TemplateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List templates of one seller or of all sellers.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Seller id (default: all sellers).")
    var seller: String?

    func run() throws {
        let workspace = try global.session().requireWorkspace()
        let sellers = try global.seller(seller).map { [try SellerID($0)] } ?? workspace.sellerIDs()
        var rows: [[String]] = []
        for sellerID in sellers {
            for name in try workspace.templateNames(seller: sellerID) {
                do {
                    let template = try workspace.template(seller: sellerID, name: name)
                    rows.append(["\(sellerID)/\(name)", template.type, template.format.rawValue, template.language ?? "-", template.subject.text])
                } catch let error as InputError {
                    rows.append(["\(sellerID)/\(name)", "(invalid)", "", "", error.description])
                }
            }
        }
        guard !rows.isEmpty else {
            Output.line("No templates; add one with 'agency template add SELLER NAME --file FILE'.")
            return
        }
        Output.line(Output.table(["TEMPLATE", "TYPE", "FORMAT", "LANG", "SUBJECT"], rows))
    }
}

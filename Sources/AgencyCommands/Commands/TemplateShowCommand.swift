import AgencyCore
import AgencyKit
import ArgumentParser

struct TemplateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a template as written.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "SELLER/NAME")
    var reference: String

    func run() throws {
        let workspace = try global.session().requireWorkspace()
        let ref = try TemplateReference(reference)
        let template = try workspace.template(seller: ref.seller, name: ref.name)
        print(template.source, terminator: template.source.hasSuffix("\n") ? "" : "\n")
    }
}

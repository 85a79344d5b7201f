import AgencyCore
import AgencyKit
import ArgumentParser

struct TemplateRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Delete a template.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "SELLER/NAME")
    var reference: String

    func run() throws {
        let session = try global.session()
        let ref = try TemplateReference(reference)
        try session.requireWorkspace().removeTemplate(seller: ref.seller, name: ref.name)
        try session.audit("template remove", detail: "\(ref.seller)/\(ref.name)")
        Output.line("Removed template \(ref.seller)/\(ref.name).")
    }
}

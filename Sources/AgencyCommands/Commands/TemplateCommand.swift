import AgencyCore
import ArgumentParser

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Manage message templates.",
        subcommands: [TemplateAddCommand.self, TemplateListCommand.self, TemplateShowCommand.self, TemplateEditCommand.self,
                      TemplateRemoveCommand.self, TemplateRenderCommand.self])
}

/// A `SELLER/NAME` reference; inside the REPL, `NAME` alone uses the current seller.
struct TemplateReference {
    var seller: SellerID
    var name: String

    init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            seller = try SellerID(String(parts[0]))
            name = String(parts[1])
        } else if parts.count == 1, let current = CommandContext.defaults.seller {
            seller = try SellerID(current)
            name = text
        } else {
            throw UsageError("'\(text)' is not a template reference: write SELLER/NAME")
        }
        try TemplateName.validate(name)
    }
}

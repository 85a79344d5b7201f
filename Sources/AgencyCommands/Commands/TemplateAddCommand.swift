import AgencyCore
import AgencyKit
import ArgumentParser
import Foundation

struct TemplateAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a template from a file (validated before it is saved).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Seller id.")
    var seller: String

    @Argument(help: "Template name (lowercase letters, digits, '-', '_').")
    var name: String

    @Option(help: "The template file ('-' reads standard input).", completion: .file(extensions: ["tmpl"]))
    var file: String

    @Flag(help: "Replace an existing template of that name.")
    var replace = false

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let sellerID = try SellerID(seller)
        let source: String
        if file == "-" {
            source = try TextFile.decode(FileHandle.standardInput.readDataToEndOfFile(), file: "<stdin>")
        } else {
            source = try TextFile.read(path: file)
        }
        // Validate against the source file's name first, so errors point at what the user wrote.
        _ = try TemplateParser.parse(source, name: name, seller: sellerID, displayPath: file == "-" ? "<stdin>" : file)
        try workspace.saveTemplate(seller: sellerID, name: name, source: source, replace: replace)
        try session.audit("template add", detail: "\(sellerID)/\(name)")
        Output.line("Added template \(sellerID)/\(name). Check it with 'agency check --seller \(sellerID)'.")
    }
}

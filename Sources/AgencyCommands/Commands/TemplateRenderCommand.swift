import AgencyCore
import AgencyKit
import AgencyPluginAPI
import ArgumentParser

struct TemplateRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a template for an order (ledger data when the order is known, else sample data) and check the result.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "SELLER/NAME")
    var reference: String

    @Option(help: "Amazon order id.")
    var order: String = "113-0000000-0000000"

    func run() throws {
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let ref = try TemplateReference(reference)
        let seller = try workspace.seller(ref.seller)
        let template = try workspace.template(seller: ref.seller, name: ref.name)
        let values = try session.renderValues(orderID: order, seller: seller)
        let document = try TemplateRenderer.render(template, values: values, defaultLanguage: seller.languages.first)
        Output.line("Subject: \(document.subject.text)")
        Output.line("")
        Output.line(document.body.text)
        let findings = MessageCheck(checkers: try session.preparedCheckers(for: seller)).findings(for: document, source: nil)
        guard !findings.isEmpty else { return }
        Output.line("")
        let options = ReportOptions(toolVersion: AgencyVersion.current, workspace: workspace.config.name,
                                    colour: standardOutputWantsColour(), rules: session.plugins.rules)
        let reports = try ReportSet(specs: [], kind: .findings, registry: session.plugins, options: options,
                                    relativeTo: session.currentDirectory)
        try reports.begin()
        for finding in findings { try reports.write(finding: finding) }
        try reports.finish(files: 1, sellers: [])
        if reports.summary.errors > 0 { throw ExitCode(1) }
    }
}

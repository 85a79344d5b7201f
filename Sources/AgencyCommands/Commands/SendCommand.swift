import AgencyCore
import AgencyKit
import AgencyPluginAPI
import AgencyStore
import ArgumentParser
import Foundation

struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Render a template for an order, check it, guard it with the ledger rules, record it and write the outbox request.",
        discussion: """
        Exit 1 with the findings when any check or ledger rule reports an error: nothing is recorded. \
        Otherwise the message is logged and <workspace>/outbox/<seller>/<time>-<order>-<template>.json holds the \
        Selling Partner API request. The guard and the record are one transaction, so two sends racing for the \
        same order cannot both pass. The order must be in the ledger.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller.")
    var seller: String?

    @Option(help: "Template name.")
    var template: String

    @Option(help: "Amazon order id.")
    var order: String

    @Option(help: "message or solicitations-api (default: solicitations-api for review requests, else message).")
    var channel: String?

    @Option(help: "Send time (ISO 8601; default now).")
    var at: String?

    @Flag(help: "Check and show the request without recording or writing anything.")
    var dryRun = false

    func run() throws {
        guard let raw = global.seller(seller) else { throw UsageError("--seller is required (or '.use SELLER' in the REPL)") }
        let session = try global.session()
        let workspace = try session.requireWorkspace()
        let seller = try session.seller(raw)
        _ = try session.requireMessageCheckers()
        let time = try ledgerTime(at, option: "--at") ?? Date()
        let outcome = try SendRunner(session: session).send(.init(seller: seller, template: template, orderID: order, at: time,
                                                                   channel: channel, dryRun: dryRun))
        if !outcome.findings.isEmpty {
            let options = ReportOptions(toolVersion: AgencyVersion.current, workspace: workspace.config.name,
                                        colour: standardOutputWantsColour(), rules: session.plugins.rules)
            let reports = try ReportSet(specs: [], kind: .findings, registry: session.plugins, options: options,
                                        relativeTo: session.currentDirectory)
            try reports.begin()
            for finding in outcome.findings { try reports.write(finding: finding) }
            try reports.finish(files: 1, sellers: [])
        }
        if outcome.refused {
            Output.error("agency: send refused: \(outcome.findings.filter { $0.severity == .error }.map(\.rule).joined(separator: ", "))")
            throw ExitCode(1)
        }
        let request = outcome.request.map { "\($0.method) \($0.path)" } ?? "free-form message through Seller Central (no Selling Partner API operation)"
        if dryRun {
            Output.line("Dry run: would send \(template) for order \(order) via \(outcome.channel): \(request)")
            return
        }
        Output.line("Sent \(template) for order \(order) via \(outcome.channel) (message \(outcome.messageID.map(String.init) ?? "-")): \(request)")
        if let path = outcome.outboxPath { Output.line("Outbox: \(workspace.displayPath(path))") }
    }
}

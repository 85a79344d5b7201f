import AgencyCore
import AgencyKit
import AgencyPluginAPI
import AgencyStore
import ArgumentParser
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Which message types may go out for each order on a date, and for the rest which rule forbids it and until when.",
        discussion: "By default only orders a message can still reach (bought by the date, delivered no more than 31 days before it); --all lists every order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller.")
    var seller: String?

    @Option(help: "Date to plan for (default today), e.g. 2026-11-03.")
    var date: String?

    @Option(help: "One message type only, e.g. review-request.")
    var type: String?

    @Flag(help: "Every order, also those past every window.")
    var all = false

    @Option(help: "text, json or csv.")
    var format: LedgerListFormat = .text

    static let columns = ["order_id", "type", "allowed", "rules", "reasons", "allowed_from", "notes"]

    func run() throws {
        guard let raw = global.seller(seller) else { throw UsageError("--seller is required (or '.use SELLER' in the REPL)") }
        let session = try global.session()
        let seller = try session.seller(raw)
        let day = try ledgerTime(date, option: "--date") ?? Date()
        let types = try PlanRunner.types(type)
        let runner = PlanRunner(session: session)
        switch format {
        case .text:
            var orders = 0
            try runner.run(seller: seller, date: day, types: types, all: all) { order, entries in
                orders += 1
                Output.line(Self.describe(order: order, entries: entries))
            }
            if orders == 0 { Output.line("No orders within reach on \(date ?? "this date") (use --all for every order).") }
        case .csv:
            let writer = PlanCSVWriter()
            try writer.header(Self.columns)
            try runner.writeCSV(seller: seller, date: day, types: types, all: all) { try writer.rows($0) }
        case .json:
            // Streamed: the same JSON as the other list commands print, one object at a time.
            let stream = JSONArrayStream()
            try runner.run(seller: seller, date: day, types: types, all: all) { order, entries in
                for entry in entries {
                    let row: [String?] = [order.orderID, entry.type, entry.allowed ? "true" : "false", entry.rules.joined(separator: ";"),
                                          entry.reasons.joined(separator: "; "), entry.allowedFrom, entry.notes.joined(separator: "; ")]
                    try stream.append(Dictionary(uniqueKeysWithValues: zip(Self.columns, row).compactMap { key, value in value.map { (key, $0) } }))
                }
            }
            try stream.finish()
        }
    }

    /// One block per order: the types allowed, then each reason with the types it blocks.
    static func describe(order: LedgerOrder, entries: [LedgerPlanEntry]) -> String {
        var lines = ["\(order.orderID)  \(order.status)\(order.buyerLocale.map { "  buyer \($0)" } ?? "")"]
        let allowed = entries.filter(\.allowed).map(\.type)
        if !allowed.isEmpty { lines.append("  may send: \(allowed.joined(separator: ", "))") }
        var groups: [(reason: String, types: [String])] = []
        for entry in entries where !entry.allowed {
            var reason = zip(entry.rules, entry.reasons).map { "\($0.1) (\($0.0))" }.joined(separator: "; ")
            if let from = entry.allowedFrom { reason += ", allowed from \(from)" }
            if let index = groups.firstIndex(where: { $0.reason == reason }) {
                groups[index].types.append(entry.type)
            } else {
                groups.append((reason, [entry.type]))
            }
        }
        for group in groups { lines.append("  not \(group.types.joined(separator: ", ")): \(group.reason)") }
        let notes = Set(entries.flatMap(\.notes)).sorted()
        for note in notes { lines.append("  note: \(note)") }
        return lines.joined(separator: "\n")
    }
}

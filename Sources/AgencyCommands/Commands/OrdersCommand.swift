import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser
import Foundation

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Ledger orders: import Amazon order reports, list, show.",
        subcommands: [OrdersImportCommand.self, OrdersListCommand.self, OrdersShowCommand.self])
}

/// `--format text|json|csv` of the ledger's list commands.
enum LedgerListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv

    /// Prints `rows` under `columns` (`text` shows `textColumns` only, as a padded table).
    func print(columns: [String], rows: [[String?]], textColumns: [String]? = nil, empty: String) throws {
        switch self {
        case .text:
            guard !rows.isEmpty else {
                Output.line(empty)
                return
            }
            let shown = textColumns ?? columns
            let indexes = shown.compactMap { columns.firstIndex(of: $0) }
            Output.line(Output.table(shown.map { $0.uppercased().replacingOccurrences(of: "_", with: "-") },
                                     rows.map { row in indexes.map { row[$0] ?? "-" } }))
        case .json:
            let objects = rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(columns, row).compactMap { key, value in value.map { (key, $0) } })
            }
            Output.line(try Output.json(objects))
        case .csv:
            Output.line(columns.joined(separator: ","))
            for row in rows { Output.line(row.map { Self.csvField($0 ?? "") }.joined(separator: ",")) }
        }
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Parses `--at`, `--date`, `--since` values.
func ledgerTime(_ text: String?, option: String) throws -> Date? {
    guard let text else { return nil }
    guard let date = LedgerTime.parse(text) else {
        throw UsageError("\(option): '\(text)' is not a date (2026-11-03) or an ISO 8601 time (2026-11-03T10:00:00+01:00)")
    }
    return date
}

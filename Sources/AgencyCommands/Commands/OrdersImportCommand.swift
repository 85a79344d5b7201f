import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser
import Foundation

struct OrdersImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Amazon order files: All Orders flat-file reports, order updates, getOrders JSON.",
        discussion: """
        The kind of each file is told from its header. All files are imported in one transaction: a bad row \
        aborts the whole import (file:line:column) and leaves the ledger as it was, unless --skip-bad-rows. \
        A file imported before is skipped; a newer report updates status and dates.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller the orders belong to.")
    var seller: String?

    @Flag(help: "Import the good rows and list the bad ones instead of aborting.")
    var skipBadRows = false

    @Argument(help: "Order files.", completion: .file())
    var files: [String]

    func run() throws {
        try LedgerImportCommand.run(global: global, seller: seller, files: files, kinds: [.orderReport, .orderUpdates, .getOrders],
                                    skipBadRows: skipBadRows, noun: "orders")
    }
}

/// The shared body of `orders import` and `messages import`.
enum LedgerImportCommand {
    static func run(global: GlobalOptions, seller raw: String?, files: [String], kinds: Set<ImportKind>, skipBadRows: Bool,
                    noun: String) throws {
        guard let raw = global.seller(raw) else { throw UsageError("--seller is required (or '.use SELLER' in the REPL)") }
        guard !files.isEmpty else { throw UsageError("give at least one file to import") }
        let session = try global.session()
        let seller = try session.seller(raw)
        let ledger = try session.ledger()
        let inputs = files.map { file in
            ImportFile(path: file.hasPrefix("/") ? file : (session.currentDirectory as NSString).appendingPathComponent(file),
                       displayPath: file)
        }
        let progress = ProgressLine("importing")
        let result = try ledger.importFiles(inputs, seller: seller.id.rawValue,
                                            defaultMarketplace: seller.marketplaces.first ?? "US", kinds: kinds,
                                            skipBadRows: skipBadRows) { rows in progress.advance(by: rows - progress.count) }
        progress.finish()
        for outcome in result.files {
            if let at = outcome.alreadyImportedAt {
                Output.line("\(outcome.file): already imported on \(LedgerFormat.timestamp(at)), nothing changed")
            } else if outcome.kind == .messageHistory {
                Output.line("\(outcome.file): \(outcome.kind.label), \(outcome.rows) rows, \(outcome.records) messages added")
            } else {
                Output.line("\(outcome.file): \(outcome.kind.label), \(outcome.rows) rows, \(outcome.records) orders")
            }
        }
        if !result.skipped.isEmpty {
            Output.error("agency: skipped \(result.skipped.count) bad row\(result.skipped.count == 1 ? "" : "s"):")
            for line in result.skipped { Output.error("  \(line)") }
        }
    }
}

import AgencyTestSupport
import Foundation
import Testing

/// A copy of `Workspaces/demo` in a temp folder, without any ledger, with helpers to import its files.
final class DemoWorkspace {
    let folder: TemporaryDirectory
    var root: String { folder.url.appendingPathComponent("demo").path }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sellers = ["acme-kitchen", "brightpath-uk", "soleil-fr", "waldhaus-de"]

    init() throws {
        folder = try TemporaryDirectory(prefix: "agency-ledger")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Workspaces/demo"),
                                         to: folder.url.appendingPathComponent("demo"))
        for name in ["ledger.sqlite", "ledger.sqlite-wal", "ledger.sqlite-shm", "outbox"] {
            try? FileManager.default.removeItem(atPath: path(name))
        }
    }

    func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// `agency -w <demo> arguments...`
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try Agency.run(["-w", root] + arguments, environment: environment)
    }

    /// The order files of `seller`, as the Makefile passes them.
    func orderFiles(_ seller: String) -> [String] {
        let folder = path("imports/\(seller)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { ($0.hasPrefix("orders-") && $0.hasSuffix(".txt")) || $0 == "order-updates.csv" || $0 == "getorders.json" }
            .sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Imports every seller's files the way `make run` does; returns the outputs.
    @discardableResult
    func importAll() throws -> [ProcessResult] {
        var results: [ProcessResult] = []
        for seller in Self.sellers {
            let orders = try run(["orders", "import", "--seller", seller] + orderFiles(seller))
            #expect(orders.status == 0, "\(orders)")
            let messages = try run(["messages", "import", "--seller", seller, path("imports/\(seller)/messages.csv")])
            #expect(messages.status == 0, "\(messages)")
            results += [orders, messages]
        }
        return results
    }

    /// Row counts of every ledger table (except the audit log), via `export`-free sqlite3-less route: JSON lists.
    func snapshot() throws -> String {
        let orders = try run(["orders", "list", "--format", "csv"])
        let messages = try run(["messages", "list", "--format", "csv"])
        return orders.stdout + messages.stdout
    }
}

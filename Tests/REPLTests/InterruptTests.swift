import AgencyTestSupport
import Foundation
import Testing

/// Ctrl-C while a command runs in the console: the command stops at its next checkpoint, says so,
/// and the prompt comes back; a stopped import leaves the ledger exactly as it was.
@Suite(.serialized) struct InterruptTests {
    /// An All Orders report of `rows` orders whose ids all start with `999-`.
    static func writeLargeReport(to url: URL, rows: Int) throws {
        var text = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tquantity\n"
        text.reserveCapacity(rows * 96)
        for index in 0..<rows {
            text += "999-\(String(format: "%07d", index))-0000001\t2026-10-01T10:00:00+00:00\tShipped\tAmazon\tAmazon.com\tSKU-1\t1\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func ctrlCStopsARunningImportAndLeavesTheLedgerAsItWas() throws {
        let demo = try DemoWorkspace()
        let report = demo.folder.url.appendingPathComponent("large-report.txt")
        try Self.writeLargeReport(to: report, rows: 400_000)
        let environment = ["AGENCY_HISTORY": demo.folder.url.appendingPathComponent("history").path, "HOME": demo.folder.path]

        let console = try PseudoTerminal([], in: demo.url, environment: environment)
        #expect(console.waitFor("agency(demo)> "), "no prompt: \(console.screen)")
        console.type("orders import --seller acme-kitchen \(report.path)\r")
        // The progress line shows the import is under way before Ctrl-C is pressed.
        #expect(console.waitFor("importing: "), "the import did not start: \(console.screen)")
        console.interrupt()
        #expect(console.waitFor("agency: interrupted"), "Ctrl-C did not stop the import: \(console.screen)")
        let stopped = TerminalTests.offset(after: "agency: interrupted", in: console.screen)
        #expect(console.waitFor("agency(demo)> ", after: stopped), "no prompt after the stop: \(console.screen)")
        #expect(!console.screen.contains("400000 rows"), "the import finished before Ctrl-C: \(console.screen)")

        // The stopped import's transaction was rolled back: none of its orders is in the ledger.
        console.type("orders list --seller acme-kitchen\r")
        #expect(console.waitFor("agency(demo)> ", after: TerminalTests.offset(after: "orders list --seller acme-kitchen", in: console.screen)),
                "\(console.screen)")
        let listing = console.screen.dropFirst(TerminalTests.offset(after: "orders list --seller acme-kitchen", in: console.screen))
        #expect(!listing.contains("999-"), "orders of the stopped import are in the ledger: \(listing)")
        console.type(".quit\r")
        #expect(console.waitForExit() == 0, "\(console.screen)")
    }
}

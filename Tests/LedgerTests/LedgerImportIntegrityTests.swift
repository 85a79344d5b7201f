import AgencyTestSupport
import Foundation
import Testing

/// One transaction per import: a bad row or a killed process leaves the ledger as it was.
@Suite(.serialized) struct LedgerImportIntegrityTests {
    static let header = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tasin\tproduct-name\tquantity\n"

    @Test func aBadRowAbortsTheWholeImportWithItsPlace() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let before = try demo.snapshot()
        let file = try demo.folder.write("bad.txt", Self.header
            + "113-9999999-0000001\t2026-11-01T10:00:00+00:00\t\tShipped\tAmazon\tAmazon.com\tSKU-1\tB000000001\tGood row\t1\n"
            + "113-9999999-0000002\t01/11/2026\t\tShipped\tAmazon\tAmazon.com\tSKU-1\tB000000001\tBad row\t1\n")
        let result = try demo.run(["orders", "import", "--seller", "acme-kitchen", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.txt:3:2: purchase-date: '01/11/2026' is not an ISO 8601 date"), "\(result.stderr)")
        #expect(try demo.snapshot() == before)
        let skipped = try demo.run(["orders", "import", "--seller", "acme-kitchen", "--skip-bad-rows", file.path])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("skipped 1 bad row"))
        #expect(try demo.run(["orders", "show", "113-9999999-0000001"]).status == 0)
    }

    @Test func bomCrlfQuotedFieldsAndUnknownColumnsAreRead() throws {
        let demo = try DemoWorkspace()
        let text = "\u{FEFF}amazon-order-id,purchase-date,order-status,sales-channel,sku,product-name,quantity,brand-new-column\r\n"
            + "113-1111111-0000001,2026-11-01T10:00:00Z,Shipped,Amazon.com,SKU-A,\"Pan, cast iron, 12\"\" \",2,x\r\n"
            + "113-1111111-0000001,2026-11-01T10:00:00Z,Shipped,Amazon.com,SKU-B,\"Lid\nwith a newline\",1,y\r\n"
        let file = try demo.folder.write("orders.csv", text)
        let result = try demo.run(["orders", "import", "--seller", "acme-kitchen", file.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("2 rows, 1 orders"))
        let show = try demo.run(["orders", "show", "113-1111111-0000001"])
        #expect(show.stdout.contains("Pan, cast iron, 12\""))
        #expect(show.stdout.contains("1 × SKU-B"))
    }

    @Test func aNewerReportUpdatesStatusAndAnOlderOneDoesNot() throws {
        let demo = try DemoWorkspace()
        let pending = try demo.folder.write("a.txt", Self.header + "113-2222222-0000001\t2026-11-01T10:00:00Z\t2026-11-01T11:00:00Z\tPending\tAmazon\tAmazon.com\tS\tB\tP\t1\n")
        let shipped = try demo.folder.write("b.txt", Self.header + "113-2222222-0000001\t2026-11-01T10:00:00Z\t2026-11-03T11:00:00Z\tShipped\tAmazon\tAmazon.com\tS\tB\tP\t1\n")
        #expect(try demo.run(["orders", "import", "--seller", "acme-kitchen", pending.path]).status == 0)
        #expect(try demo.run(["orders", "import", "--seller", "acme-kitchen", shipped.path]).status == 0)
        #expect(try demo.run(["orders", "list", "--status", "Shipped", "--format", "csv"]).stdout.contains("113-2222222-0000001"))
        let older = try demo.folder.write("c.txt", Self.header + "113-2222222-0000001\t2026-11-01T10:00:00Z\t2026-11-02T11:00:00Z\tUnshipped\tAmazon\tAmazon.com\tS\tB\tP\t1\n")
        #expect(try demo.run(["orders", "import", "--seller", "acme-kitchen", older.path]).status == 0)
        #expect(try demo.run(["orders", "list", "--status", "Shipped", "--format", "csv"]).stdout.contains("113-2222222-0000001"))
    }

    @Test func anImportKilledMidwayLeavesTheLedgerUnchanged() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let before = try demo.snapshot()
        var text = Self.header
        text.reserveCapacity(200 * 400_000)
        for index in 0..<400_000 {
            text += "113-\(String(format: "%07d", index % 9_999_999))-\(String(format: "%07d", index))\t2026-11-01T10:00:00+00:00\t\tShipped\tAmazon\tAmazon.com\tSKU-\(index % 7)\tB000000001\tGenerated item\t1\n"
        }
        let file = try demo.folder.write("big.txt", text)
        let process = Process()
        process.executableURL = BuiltProducts.agency
        process.arguments = ["-w", demo.root, "orders", "import", "--seller", "acme-kitchen", file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the import finished before it could be killed; make the file bigger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try demo.snapshot() == before)
        let audit = try demo.run(["audit", "--seller", "soleil-fr"])
        #expect(audit.status != 2, "\(audit.stderr)")
    }
}

@testable import AgencyStore
import AgencyCore
import AgencyTestSupport
import Foundation
import GRDB
import Testing

/// The ledger file: migrations, the append-only audit log, a corrupt file, and the import parser.
@Suite struct LedgerStoreTests {
    @Test func migrationsApplyInOrder() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        #expect(try ledger.appliedMigrations() == ["v1-ledger", "v2-ledger-indexes", "v3-ledger-covering-indexes", "v4-import-file-size", "v5-order-history", "v6-drop-orders-by-purchase"])
        // Reopening applies nothing twice.
        let again = try Ledger(path: ledger.path)
        #expect(try again.appliedMigrations() == ["v1-ledger", "v2-ledger-indexes", "v3-ledger-covering-indexes", "v4-import-file-size", "v5-order-history", "v6-drop-orders-by-purchase"])
    }

    @Test func theAuditLogRefusesUpdateAndDelete() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        try ledger.recordAudit(command: "test", detail: "one")
        #expect(throws: (any Error).self) { try ledger.write(command: "x") { db in try db.execute(sql: "UPDATE audit_log SET detail = 'changed'") } }
        #expect(throws: (any Error).self) { try ledger.write(command: "x") { db in try db.execute(sql: "DELETE FROM audit_log") } }
        #expect(try ledger.auditEntries().map(\.detail) == ["one"])
    }

    @Test func aCorruptLedgerIsReportedAndLeftUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url.appendingPathComponent("ledger.sqlite").path
        let garbage = Data(repeating: 0x42, count: 8192)
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try Ledger(path: path)
        } throws: { error in
            (error as? InputError)?.message.contains("not a valid ledger database") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func importsAreOneTransaction() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        let file = try folder.write("orders.txt", "amazon-order-id\tpurchase-date\torder-status\n113-1-1\t2026-11-01T00:00:00Z\tShipped\n113-1-2\tnot-a-date\tShipped\n")
        #expect(throws: InputError.self) {
            try ledger.importFiles([ImportFile(path: file.path, displayPath: "orders.txt")], seller: "s", defaultMarketplace: "US",
                                   kinds: [.orderReport])
        }
        #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM orders") } == 0)
        #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM imports") } == 0)
    }

    @Test func buyerIdentityIsStoredOnlyAsASaltedHash() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        let file = try folder.write("orders.txt", "amazon-order-id\tpurchase-date\torder-status\tbuyer-email\tbuyer-name\n113-1-1\t2026-11-01T00:00:00Z\tShipped\tbuyer@marketplace.amazon.com\tAlex Doe\n")
        _ = try ledger.importFiles([ImportFile(path: file.path, displayPath: "orders.txt")], seller: "s", defaultMarketplace: "US",
                                   kinds: [.orderReport])
        let hash = try ledger.read { db in try String.fetchOne(db, sql: "SELECT buyer_hash FROM orders") }
        #expect(hash?.count == 64)
        #expect(hash != SHA256Digest.hex("buyer@marketplace.amazon.com"))
        let expiry = try ledger.read { db in try Int64.fetchOne(db, sql: "SELECT min(expires_at) FROM buyer_pii") }
        // No delivery date: purchase + 30 days.
        #expect(expiry == Int64(ISODate.seconds("2026-12-01T00:00:00Z") ?? 0))
    }

    @Test func isoDatesWithOffsets() {
        #expect(ISODate.seconds("2026-09-15T14:49:31+00:00") == 1_789_483_771)
        #expect(ISODate.seconds("2026-09-15T07:49:31-07:00") == 1_789_483_771)
        #expect(ISODate.seconds("2026-09-15T14:49:31.250Z") == 1_789_483_771)
        #expect(ISODate.seconds("2026-09-15T16:49:31+0200") == 1_789_483_771)
        #expect(ISODate.seconds("15/09/2026") == nil)
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

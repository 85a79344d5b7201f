import AgencyCore
import Foundation
import GRDB

/// A workspace's `ledger.sqlite`: orders, messages sent, imports, buyer data and the audit log.
///
/// WAL mode, a busy timeout and immediate write transactions let two staff members run commands
/// at once. Every write command runs in one transaction together with its audit entry.
public final class Ledger: Sendable {
    public let path: String
    let pool: DatabasePool
    /// Orders per run below which a whole-ledger scan stays on one thread (see `scanInChunks`).
    let minimumScanChunk: Int
    /// The usual `minimumScanChunk`: a thread's start-up costs about as much as reading this many orders.
    static let defaultMinimumScanChunk = 5_000

    /// How long a writer waits for another writer before giving up.
    public static let busyTimeout: TimeInterval = 15

    /// Opens (creating on first use) and migrates the ledger at `path`.
    /// A file that is not a ledger is reported and never overwritten.
    ///
    /// Pages are read through SQLite's page cache, not a memory map: a scan on two connections would
    /// map the file twice, and the resident size would count a gigabyte of page cache for a large ledger.
    public convenience init(path: String, displayPath: String = "ledger.sqlite") throws {
        try self.init(path: path, displayPath: displayPath, minimumScanChunk: Self.defaultMinimumScanChunk)
    }

    /// As `init(path:displayPath:)`, splitting whole-ledger scans into runs of `minimumScanChunk` orders or more.
    package init(path: String, displayPath: String = "ledger.sqlite", minimumScanChunk: Int) throws {
        self.path = path
        self.minimumScanChunk = minimumScanChunk
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        // GRDB opens write transactions of a DatabasePool with BEGIN IMMEDIATE.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = LedgerMigrations.migrator
            if try pool.read({ try !migrator.hasCompletedMigrations($0) && !migrator.appliedIdentifiers($0).isEmpty }) {
                // An existing ledger of an older format: filling in new columns can take a while.
                FileHandle.standardError.write(Data("agency: updating \(displayPath) to the current ledger format (once; a large ledger takes a minute)\n".utf8))
            }
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw Self.describe(error, displayPath: displayPath)
        }
    }

    static func describe(_ error: DatabaseError, displayPath: String) -> Error {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return InputError(file: displayPath, "not a valid ledger database (\(error.message ?? "corrupt")); it was left untouched: restore it from a backup or move it aside")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return UsageError("\(displayPath) is busy: another agency command kept it locked for \(Int(busyTimeout)) s; try again")
        default:
            return UsageError("\(displayPath): \(error.message ?? "database error \(error.resultCode)")")
        }
    }

    /// Runs `body` in one immediate write transaction and appends an audit entry in the same transaction.
    package func write<T>(command: String, detail: String = "", user: String = AuditLog.currentUser(),
                          _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write { db in
                let result = try body(db)
                try AuditLog.append(db, user: user, command: command, detail: detail)
                return result
            }
        } catch let error as DatabaseError {
            throw Self.describe(error, displayPath: (path as NSString).lastPathComponent)
        }
    }

    /// Runs `body` on a consistent snapshot.
    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Self.describe(error, displayPath: (path as NSString).lastPathComponent)
        }
    }

    /// Appends an audit entry on its own (for commands that write files, not ledger rows).
    public func recordAudit(command: String, detail: String = "", user: String = AuditLog.currentUser()) throws {
        try write(command: command, detail: detail, user: user) { _ in }
    }

    /// The latest audit entries, newest last.
    public func auditEntries(limit: Int = 100) throws -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM (SELECT id, at, user, command, detail FROM audit_log ORDER BY id DESC LIMIT ?) ORDER BY id",
                             arguments: [limit])
                .map { AuditEntry(id: $0["id"], at: Date(timeIntervalSince1970: TimeInterval($0["at"] as Int64)),
                                  user: $0["user"], command: $0["command"], detail: $0["detail"]) }
        }
    }

    /// The workspace's secret salt for buyer hashes, created on first use.
    public func buyerSalt() throws -> String {
        if let salt = try read({ db in try String.fetchOne(db, sql: "SELECT value FROM workspace_meta WHERE key = 'buyer-salt'") }) {
            return salt
        }
        return try pool.write { db in
            if let salt = try String.fetchOne(db, sql: "SELECT value FROM workspace_meta WHERE key = 'buyer-salt'") { return salt }
            var generator = SystemRandomNumberGenerator()
            let salt = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
            try db.execute(sql: "INSERT INTO workspace_meta (key, value) VALUES ('buyer-salt', ?)", arguments: [salt])
            return salt
        }
    }

    /// Applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try LedgerMigrations.migrator.appliedMigrations(db) }
    }
}

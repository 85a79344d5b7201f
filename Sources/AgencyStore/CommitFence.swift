#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import Foundation

/// Holds a ledger's write lock for a moment, so that read transactions started meanwhile on other
/// connections all see the same committed state: one snapshot read on several threads.
///
/// SQLite in WAL mode gives each read transaction the state as of its start; while the fence holds
/// the lock (`BEGIN IMMEDIATE` on a connection of its own), nothing can commit, so readers started
/// inside it agree.
final class CommitFence: @unchecked Sendable {
    private var connection: OpaquePointer?
    private let lock = NSLock()

    /// Takes the write lock of the ledger at `path` without waiting; nil when another writer holds
    /// it or the file cannot be written (the caller then reads on one connection).
    init?(path: String) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
              sqlite3_exec(db, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else {
            sqlite3_close(db)
            return nil
        }
        connection = db
    }

    /// Lets writers in again (from any thread; once is enough, more are harmless).
    func release() {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else { return }
        sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
        sqlite3_close(connection)
        self.connection = nil
    }

    deinit { release() }
}

#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// A prepared statement bound straight from file bytes: the import's hot path, with no `String` per field.
///
/// Values are bound as static text (the file stays mapped while the statement runs), then the
/// statement is stepped and reset, all inside the import's one transaction.
struct RawStatement {
    let statement: Statement
    let connection: OpaquePointer?

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    private var handle: OpaquePointer { statement.sqliteStatement }

    func bind(_ index: Int32, text bytes: UnsafeBufferPointer<UInt8>?) {
        guard let bytes, let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_null(handle, index)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            _ = sqlite3_bind_text(handle, index, pointer, Int32(bytes.count), nil)
        }
    }

    func bind(_ index: Int32, text string: String?) {
        guard let string else {
            sqlite3_bind_null(handle, index)
            return
        }
        _ = sqlite3_bind_text(handle, index, string, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }

    /// Binds field `column` of `row`: raw bytes, or an unescaped copy for quoted fields holding `""`.
    func bind(_ index: Int32, field column: Int, of row: DelimitedRow) {
        if column >= 0, column < row.count, row.quoted[column] {
            bind(index, text: row.string(column))
        } else {
            bind(index, text: row.bytes(column))
        }
    }

    func bind(_ index: Int32, int value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Runs the statement once and resets it; returns the number of rows changed.
    @discardableResult
    func run() throws -> Int {
        let code = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "step failed"
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return Int(sqlite3_changes(connection))
    }
}

#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// A prepared query stepped straight through SQLite, its columns read in place: the hot path of
/// the audit and `plan`, which read millions of rows and must not allocate a `Row` for each.
///
/// Text columns are read as byte buffers valid until the next `step()`; only the values kept become
/// `String`s (and short repeated ones come from an `Interner`).
struct RawCursor {
    let statement: Statement
    private let handle: OpaquePointer

    init(_ db: Database, sql: String, arguments: StatementArguments = []) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        handle = statement.sqliteStatement
    }

    /// Moves to the next row; false when there is none.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// Rewinds with new text for parameter 1..n (bound without copying: `text` must outlive the steps).
    func rewind(binding index: Int32, text bytes: UnsafeBufferPointer<UInt8>) {
        sqlite3_reset(handle)
        bytes.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            _ = sqlite3_bind_text(handle, index, pointer, Int32(bytes.count), nil)
        }
    }

    /// Ends the query and drops bindings that point into other rows.
    func close() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The column's integer, nil for NULL (its type is asked only when the value reads as 0).
    func optionalInt64(_ column: Int32) -> Int64? {
        let value = sqlite3_column_int64(handle, column)
        return value == 0 && isNull(column) ? nil : value
    }

    /// The column's text as bytes, valid until the next step; empty for NULL.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The column's text as bytes, valid until the next step; nil for NULL (SQLite gives no text for NULL).
    func optionalBytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func string(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }

    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
}

/// Hands out one shared `String` per distinct short value (status, channel, type, marketplace, ...),
/// so a million rows holding "Shipped" allocate it once. Each column remembers the value it had last,
/// which most rows repeat, and tries it first.
///
/// Values of up to 16 bytes are kept as two words and compared as such, without a call; longer ones
/// are decoded each time (the ledger's repeated values are all short).
struct Interner {
    /// Up to 16 bytes of text, zero-padded, with its length.
    private struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16, let base = bytes.baseAddress else {
                if bytes.isEmpty { count = 0; return }
                return nil
            }
            count = bytes.count
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress?.copyMemory(from: base, byteCount: bytes.count) }
            (low, high) = words
        }
    }

    private var keys: [Key] = []
    private var strings: [String] = []
    /// Per column (of one cursor), the entry it matched last.
    private var lastEntry = [Int](repeating: 0, count: 16)
    /// Distinct values kept; rarer ones beyond this are decoded each time.
    private static let capacity = 64

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, column: Int32 = -1) -> String {
        guard let key = Key(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let slot = Int(column)
        let remembers = slot >= 0 && slot < lastEntry.count
        if remembers, case let last = lastEntry[slot], last < keys.count, keys[last] == key { return strings[last] }
        if let index = keys.firstIndex(of: key) {
            if remembers { lastEntry[slot] = index }
            return strings[index]
        }
        let string = String(decoding: bytes, as: UTF8.self)
        if keys.count < Self.capacity {
            keys.append(key)
            strings.append(string)
            if remembers { lastEntry[slot] = keys.count - 1 }
        }
        return string
    }

    mutating func string(_ cursor: RawCursor, _ column: Int32) -> String { string(cursor.bytes(column), column: column) }

    mutating func optionalString(_ cursor: RawCursor, _ column: Int32) -> String? {
        cursor.optionalBytes(column).map { string($0, column: column) }
    }
}

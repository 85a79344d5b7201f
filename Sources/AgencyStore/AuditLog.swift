import Foundation
import GRDB

/// One line of the append-only audit log: who did what, when.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    public var user: String
    public var command: String
    public var detail: String
}

/// Writes the audit log. Triggers in the schema refuse updates and deletes.
public enum AuditLog {
    /// `$USER`, else `$LOGNAME`, else `unknown`.
    public static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    static func append(_ db: Database, user: String, command: String, detail: String) throws {
        try db.execute(sql: "INSERT INTO audit_log (at, user, command, detail) VALUES (?, ?, ?, ?)",
                       arguments: [Int64(Date().timeIntervalSince1970), user, command, detail])
    }
}

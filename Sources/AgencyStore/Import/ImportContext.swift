import AgencyCore
import Foundation
import GRDB

/// What every importer of one command shares: the transaction, the seller, the salt and the bad-row policy.
final class ImportContext {
    let db: Database
    let seller: String
    let buyerSalt: String
    /// Marketplace code for rows whose sales channel names none.
    let defaultMarketplace: String
    let skipBadRows: Bool
    let progress: ((Int) -> Void)?
    /// Bad rows skipped under `--skip-bad-rows`, as `file:line:column: field: message`.
    var skipped: [String] = []

    /// Retention of buyer personal data after delivery (DPP).
    static let retention: Int64 = 30 * 86_400

    init(db: Database, seller: String, buyerSalt: String, defaultMarketplace: String, skipBadRows: Bool,
         progress: ((Int) -> Void)?) {
        self.db = db
        self.seller = seller
        self.buyerSalt = buyerSalt
        self.defaultMarketplace = defaultMarketplace
        self.skipBadRows = skipBadRows
        self.progress = progress
    }

    /// Runs one row's import; a bad row is thrown, or skipped and listed under `--skip-bad-rows`.
    func row(_ body: () throws -> Void) throws {
        try Interruption.checkpoint()
        do {
            try body()
        } catch let problem as ImportProblem {
            guard skipBadRows else { throw problem.inputError }
            skipped.append(problem.description)
        }
    }

    /// The salted hash standing for a buyer.
    func buyerHash(_ identity: String) -> String {
        SHA256Digest.hex(buyerSalt + ":" + identity.lowercased())
    }

    /// Marketplace code for a sales channel (`Amazon.de`) or marketplace id.
    func marketplace(_ key: String?) -> String {
        guard let key, !key.isEmpty else { return defaultMarketplace }
        return Marketplace.find(key)?.code ?? defaultMarketplace
    }

    /// Stores buyer name or email apart from the order, expiring 30 days after delivery.
    func storePersonalData(order: String, fields: [(String, String)]) throws {
        guard !fields.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO buyer_pii (seller, order_id, field, value, expires_at) VALUES (?, ?, ?, ?, NULL)
            ON CONFLICT (seller, order_id, field) DO UPDATE SET value = excluded.value
            """)
        for (field, value) in fields {
            try statement.execute(arguments: [seller, order, field, value])
        }
    }

    /// Recomputes every expiry of the seller's buyer data from the orders' delivery dates
    /// (delivery, else the latest delivery date, else purchase), once at the end of an import.
    func refreshPersonalDataExpiry() throws {
        try db.execute(sql: """
            UPDATE buyer_pii SET expires_at = (
                SELECT coalesce(o.delivered_at, o.latest_delivery, o.purchase_date) + ?
                FROM orders o WHERE o.seller = buyer_pii.seller AND o.order_id = buyer_pii.order_id)
            WHERE seller = ?
            """, arguments: [Self.retention, seller])
    }
}

extension DelimitedRow {
    /// A required text field.
    func required(_ column: Int, _ name: String, file: String) throws -> String {
        guard column >= 0 else { throw ImportProblem(file: file, line: line, column: 1, field: name, message: "missing column") }
        guard let value = string(column) else {
            throw ImportProblem(file: file, line: line, column: column + 1, field: name, message: "empty value")
        }
        return value
    }

    /// An optional timestamp (Unix seconds); a value that is not ISO 8601 is an error.
    func date(_ column: Int, _ name: String, file: String, required: Bool = false) throws -> Int64? {
        guard let raw = bytes(column) else {
            if required {
                throw ImportProblem(file: file, line: line, column: max(column, 0) + 1, field: name,
                                    message: column < 0 ? "missing column" : "empty value")
            }
            return nil
        }
        guard let seconds = ISODate.seconds(raw) else {
            throw ImportProblem(file: file, line: line, column: column + 1, field: name,
                                message: "'\(String(decoding: raw, as: UTF8.self))' is not an ISO 8601 date (e.g. 2026-09-15T14:49:31+00:00)")
        }
        return seconds
    }

    /// An optional non-negative integer.
    func integer(_ column: Int, _ name: String, file: String) throws -> Int64? {
        guard let raw = bytes(column) else { return nil }
        var value: Int64 = 0
        for byte in raw {
            guard byte >= 0x30, byte <= 0x39, value < Int64.max / 10 - 10 else {
                throw ImportProblem(file: file, line: line, column: column + 1, field: name,
                                    message: "'\(String(decoding: raw, as: UTF8.self))' is not a whole number")
            }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }

    /// An optional yes/no value (`true`/`false`, `yes`/`no`, `1`/`0`).
    func flag(_ column: Int, _ name: String, file: String) throws -> Bool? {
        guard let text = string(column)?.lowercased() else { return nil }
        switch text {
        case "true", "yes", "1", "y": return true
        case "false", "no", "0", "n": return false
        default:
            throw ImportProblem(file: file, line: line, column: column + 1, field: name,
                                message: "'\(text)' is not true/false, yes/no or 1/0")
        }
    }
}

import AgencyCore
import AgencyPluginAPI
import Foundation
import GRDB

/// The outcome of recording (or trying to record) one message.
public struct RecordOutcome: Sendable {
    /// Row id of the recorded message; nil when the guard refused it.
    public var messageID: Int64?
    /// Every finding the guard reported, at every level.
    public var findings: [Finding]
    /// The order the message was for.
    public var order: LedgerOrder
}

/// Checks a candidate message against the ledger rules, inside the recording transaction.
public typealias SendGuard = (_ candidate: LedgerMessage, _ order: LedgerOrder, _ history: [LedgerMessage],
                              _ ledger: any LedgerSource) throws -> [Finding]

extension Ledger {
    /// Records `message` for `seller` in one immediate transaction: the order is looked up, `guard`
    /// runs on the ledger as it is inside that transaction, and only when it reports no error (or
    /// `refuseOnError` is false) is the message inserted and `afterRecord` run (e.g. to write the outbox
    /// file; if it throws, nothing is recorded). Two racing sends are serialised by the write lock,
    /// so the second one's guard sees the first one's message.
    public func record(_ message: LedgerMessage, seller: String, primaryMarketplace: String?, source: String,
                       contentHash: String? = nil, command: String, refuseOnError: Bool = true,
                       guard check: SendGuard? = nil,
                       afterRecord: ((Int64, LedgerOrder) throws -> Void)? = nil) throws -> RecordOutcome {
        try write(command: command, detail: "seller=\(seller) order=\(message.orderID) type=\(message.type) channel=\(message.channel)") { db in
            guard let order = try LedgerRows.fetchOrder(db, seller: seller, orderID: message.orderID) else {
                throw UsageError("order \(message.orderID) is not in the ledger for seller \(seller); import it with 'agency orders import --seller \(seller) FILE'")
            }
            let history = try LedgerRows.fetchMessages(db, seller: seller, orderID: message.orderID)
            let snapshot = LedgerSnapshot(db: db, seller: seller, primaryMarketplace: primaryMarketplace, now: message.sentAt)
            let findings = try check?(message, order, history, snapshot) ?? []
            if refuseOnError, findings.contains(where: { $0.severity == .error }) {
                return RecordOutcome(messageID: nil, findings: findings, order: order)
            }
            try db.execute(sql: """
                INSERT INTO messages (seller, order_id, type, channel, template, language, sent_at, content_hash, status, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [seller, message.orderID, message.type, message.channel, message.template, message.language,
                                 Int64(message.sentAt.timeIntervalSince1970), contentHash, message.status, source])
            let id = db.lastInsertedRowID
            try afterRecord?(id, order)
            return RecordOutcome(messageID: id, findings: findings, order: order)
        }
    }

    /// Runs `guard` for `message` on the ledger as it is, recording nothing (`send --dry-run`).
    public func checkWithoutRecording(_ message: LedgerMessage, seller: String, primaryMarketplace: String?,
                                      guard check: SendGuard) throws -> RecordOutcome {
        try read { db in
            guard let order = try LedgerRows.fetchOrder(db, seller: seller, orderID: message.orderID) else {
                throw UsageError("order \(message.orderID) is not in the ledger for seller \(seller); import it with 'agency orders import --seller \(seller) FILE'")
            }
            let history = try LedgerRows.fetchMessages(db, seller: seller, orderID: message.orderID)
            let snapshot = LedgerSnapshot(db: db, seller: seller, primaryMarketplace: primaryMarketplace, now: message.sentAt)
            return RecordOutcome(messageID: nil, findings: try check(message, order, history, snapshot), order: order)
        }
    }

    /// SHA-256 of a rendered message, stored with it (the ledger keeps no message text).
    public static func contentHash(_ text: String) -> String { SHA256Digest.hex(text) }
}

import AgencyPluginAPI
import Foundation

/// Each order's messages, packed into the `history` column of its `orders` row, so that a scan of
/// every order (the audit, `plan`) reads one table instead of merging two million index entries.
///
/// SQL triggers on `messages` keep the column equal to the table whoever writes it (imports, `send`,
/// `messages record`, the sqlite3 shell): a message is appended to its order's history as it is
/// inserted, and an update or delete rebuilds that order's history. A message whose order is not in
/// the ledger yet has no row to go to: its order is listed in `message_orphans`. Readers take the
/// messages of a listed order that does exist from the `messages` table; imports `adopt` such orders
/// (rebuild their history and unlist them) before they commit. No trigger on `orders` does it: one
/// would run for each of a million imported orders.
///
/// One message is `<id>,<sent_at>,` followed by its type, channel, status, template and language,
/// each either `<length in bytes>:<text>` or `-` for NULL. Messages appear in the order they were
/// inserted; readers sort them by time.
enum PackedHistory {
    /// One message of `messages` row `row` (`NEW`, `OLD` or an alias), packed.
    static func record(_ row: String) -> String {
        func text(_ column: String) -> String {
            "CASE WHEN \(row).\(column) IS NULL THEN '-' ELSE length(CAST(\(row).\(column) AS BLOB)) || ':' || \(row).\(column) END"
        }
        return "printf('%d,%d,', \(row).id, \(row).sent_at) || "
            + ["type", "channel", "status", "template", "language"].map(text).joined(separator: " || ")
    }

    /// The whole packed history of the order of row `row` (NULL when it has no messages), in time order.
    static func history(of row: String) -> String {
        """
        SELECT group_concat(packed, '') FROM (SELECT \(record("m")) AS packed FROM messages m
            WHERE m.seller = \(row).seller AND m.order_id = \(row).order_id ORDER BY m.sent_at, m.id)
        """
    }

    /// Unlists the order of row `row` once its history has just been rebuilt, or once it has no messages left.
    private static func unlistRebuilt(_ row: String) -> String {
        """
        DELETE FROM message_orphans WHERE seller = \(row).seller AND order_id = \(row).order_id
            AND (EXISTS (SELECT 1 FROM orders WHERE seller = \(row).seller AND order_id = \(row).order_id)
                 OR NOT EXISTS (SELECT 1 FROM messages WHERE seller = \(row).seller AND order_id = \(row).order_id));
        """
    }

    /// Rebuilds the history of every listed order that is now in the ledger, and unlists it.
    static let adopt = """
        UPDATE orders SET history = (\(history(of: "orders")))
            WHERE (seller, order_id) IN (SELECT seller, order_id FROM message_orphans);
        DELETE FROM message_orphans
            WHERE EXISTS (SELECT 1 FROM orders WHERE orders.seller = message_orphans.seller AND orders.order_id = message_orphans.order_id);
        """

    static let schema = """
        ALTER TABLE orders ADD COLUMN history TEXT;
        -- Orders with messages but no row in `orders` yet (history imported before the order report).
        CREATE TABLE message_orphans (
            seller TEXT NOT NULL,
            order_id TEXT NOT NULL,
            PRIMARY KEY (seller, order_id)
        ) WITHOUT ROWID;
        -- changes(): rows the UPDATE just before it changed (statements of this trigger only).
        CREATE TRIGGER messages_history_insert AFTER INSERT ON messages BEGIN
            UPDATE orders SET history = ifnull(history, '') || \(record("NEW"))
                WHERE seller = NEW.seller AND order_id = NEW.order_id;
            INSERT OR IGNORE INTO message_orphans SELECT NEW.seller, NEW.order_id WHERE changes() = 0;
        END;
        CREATE TRIGGER messages_history_delete AFTER DELETE ON messages BEGIN
            UPDATE orders SET history = (\(history(of: "OLD"))) WHERE seller = OLD.seller AND order_id = OLD.order_id;
            \(unlistRebuilt("OLD"))
        END;
        CREATE TRIGGER messages_history_update AFTER UPDATE ON messages BEGIN
            UPDATE orders SET history = (\(history(of: "OLD"))) WHERE seller = OLD.seller AND order_id = OLD.order_id;
            UPDATE orders SET history = (\(history(of: "NEW"))) WHERE seller = NEW.seller AND order_id = NEW.order_id
                AND NOT (NEW.seller = OLD.seller AND NEW.order_id = OLD.order_id);
            \(unlistRebuilt("OLD"))
            \(unlistRebuilt("NEW"))
            INSERT OR IGNORE INTO message_orphans SELECT NEW.seller, NEW.order_id
                WHERE NOT EXISTS (SELECT 1 FROM orders WHERE seller = NEW.seller AND order_id = NEW.order_id);
        END;
        CREATE TRIGGER orders_history_orphan AFTER DELETE ON orders WHEN OLD.history IS NOT NULL BEGIN
            INSERT OR IGNORE INTO message_orphans VALUES (OLD.seller, OLD.order_id);
        END;
        """

    /// Fills the history of every order already in the ledger, and the orphans, in one pass over the messages.
    static let backfill = """
        CREATE TEMP TABLE packed_history AS
            SELECT seller, order_id, group_concat(packed, '') AS history FROM (
                SELECT seller, order_id, \(record("messages")) AS packed FROM messages ORDER BY seller, order_id, sent_at, id)
            GROUP BY seller, order_id;
        UPDATE orders SET history = packed_history.history FROM packed_history
            WHERE orders.seller = packed_history.seller AND orders.order_id = packed_history.order_id;
        INSERT INTO message_orphans SELECT seller, order_id FROM packed_history
            WHERE NOT EXISTS (SELECT 1 FROM orders WHERE orders.seller = packed_history.seller AND orders.order_id = packed_history.order_id);
        DROP TABLE packed_history;
        """
}

/// The history column of an order could not be read: the ledger file was damaged or written by hand.
struct DamagedHistory: Error, CustomStringConvertible {
    var orderID: String
    var description: String {
        "the ledger's message history of order \(orderID) cannot be read (column orders.history is damaged)"
    }
}

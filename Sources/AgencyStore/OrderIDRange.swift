import GRDB

/// A half-open range of order ids, `lower ..< upper` in SQLite's BINARY order; an absent bound is open.
struct OrderIDRange: Sendable, Equatable {
    var lower: String?
    var upper: String?

    static let all = OrderIDRange()

    /// ` AND order_id >= ?N AND order_id < ?M` for the bounds present, numbered from `first`.
    func sql(from first: Int) -> String {
        var sql = "", index = first
        if lower != nil { sql += " AND order_id >= ?\(index)"; index += 1 }
        if upper != nil { sql += " AND order_id < ?\(index)" }
        return sql
    }

    /// The bounds present, in the order `sql(from:)` numbers them.
    var arguments: [any DatabaseValueConvertible] {
        [lower, upper].compactMap { $0 }
    }

    /// Consecutive ranges covering every order id, split at `boundaries` (ascending).
    static func split(at boundaries: [String]) -> [OrderIDRange] {
        guard !boundaries.isEmpty else { return [.all] }
        var ranges: [OrderIDRange] = []
        var lower: String?
        for boundary in boundaries {
            ranges.append(OrderIDRange(lower: lower, upper: boundary))
            lower = boundary
        }
        ranges.append(OrderIDRange(lower: lower, upper: nil))
        return ranges
    }

    /// Order ids that split `seller`'s orders into about `count` runs of equal size (fewer for small
    /// ledgers: no run under `minimumRun` orders). One pass over the primary key, order ids only.
    static func boundaries(_ db: Database, seller: String, count: Int, minimumRun: Int) throws -> [String] {
        guard count > 1 else { return [] }
        let cursor = try RawCursor(db, sql: "SELECT order_id FROM orders WHERE seller = ?1 ORDER BY order_id", arguments: [seller])
        defer { cursor.close() }
        // Keep every `stride`-th id; when too many are kept, keep every other one and double the stride.
        var kept: [String] = [], stride = max(minimumRun, 1), seen = 0
        while try cursor.step() {
            seen += 1
            guard seen % stride == 0 else { continue }
            kept.append(cursor.string(0))
            if kept.count >= 2 * count {
                kept = kept.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                stride *= 2
            }
        }
        // The i-th kept id is the (i + 1) * stride-th order: drop the last when the run after it is short.
        if !kept.isEmpty, seen - kept.count * stride < stride / 2 { kept.removeLast() }
        return kept
    }
}

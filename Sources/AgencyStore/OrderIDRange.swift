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
    /// ledgers: no run under `minimumRun` orders). One pass over the primary key, sampling order ids
    /// when there are many.
    static func boundaries(_ db: Database, seller: String, count: Int, minimumRun: Int) throws -> (boundaries: [String], orders: Int) {
        let cursor = try RawCursor(db, sql: "SELECT order_id FROM orders WHERE seller = ?1", arguments: [seller])
        defer { cursor.close() }
        // Keep every `stride`-th id; when too many are kept, keep every other one and double the stride.
        let sampleSize = 16 * count
        var sample: [[UInt8]] = [], stride = 1, seen = 0
        while try cursor.step() {
            seen += 1
            guard seen % stride == 0 else { continue }
            sample.append(Array(cursor.bytes(0)))
            if sample.count >= 2 * sampleSize {
                sample = sample.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                stride *= 2
            }
        }
        let runs = min(count, seen / max(minimumRun, 1))
        guard runs > 1, !sample.isEmpty else { return ([], seen) }
        // SQLite's BINARY order: bytes.
        func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in OrderScan.compare(a, b) < 0 } }
        }
        sample.sort(by: precedes)
        var boundaries: [[UInt8]] = []
        for run in 1..<runs {
            let boundary = sample[run * sample.count / runs]
            if let last = boundaries.last, !precedes(last, boundary) { continue }
            boundaries.append(boundary)
        }
        return (boundaries.map { String(decoding: $0, as: UTF8.self) }, seen)
    }
}

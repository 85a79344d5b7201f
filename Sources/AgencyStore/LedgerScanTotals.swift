import AgencyPluginAPI
import Foundation

/// Counts gathered while the audit streams a seller's whole ledger, so the volume rule and the
/// summary need no second pass: orders and sent messages per UTC hour, and the summary counts.
public struct LedgerScanTotals: Sendable {
    /// Sent messages per UTC hour (Unix seconds / 3600).
    var messagesPerHour = HourHistogram()
    /// Orders per UTC hour of purchase.
    var ordersPerHour = HourHistogram()
    /// The summary counts, as `Ledger.counts(seller:now:)` would give them for `now`.
    public var counts = LedgerCounts()

    /// Adds the counts of another part of the same ledger.
    mutating func merge(_ other: LedgerScanTotals) {
        other.messagesPerHour.forEach { messagesPerHour.add($0, $1) }
        other.ordersPerHour.forEach { ordersPerHour.add($0, $1) }
        counts.orders += other.counts.orders
        counts.optedOut += other.counts.optedOut
        counts.messagesLast30Days += other.counts.messagesLast30Days
        counts.reviewRequests += other.counts.reviewRequests
    }

    mutating func add(orderPurchasedAt purchasedAt: Int64, optedOut: Bool) {
        counts.orders += 1
        if optedOut { counts.optedOut += 1 }
        ordersPerHour.add(purchasedAt / 3600)
    }

    mutating func add(messageSentAt sentAt: Int64, terms: LedgerMessageTerms, since: Int64) {
        guard terms.isSent else { return }
        messagesPerHour.add(sentAt / 3600)
        if sentAt >= since { counts.messagesLast30Days += 1 }
        // A review request, whatever channel carried it (as `Ledger.counts` counts them).
        if terms.isReviewRequestType || terms.isAmazonWritten { counts.reviewRequests += 1 }
    }
}

/// Counts per hour number over a dense range (hours of a ledger span a few years at most).
struct HourHistogram: Sendable {
    private var first: Int64 = 0
    private var counts: [Int] = []
    private var outliers: [Int64: Int] = [:]
    /// Widest dense range (about 11 years); hours beyond it are counted in a dictionary.
    private static let maxSpan: Int64 = 100_000

    mutating func add(_ hour: Int64, _ count: Int = 1) {
        if counts.isEmpty {
            first = hour - 24 * 400
            counts = Array(repeating: 0, count: 24 * 800)
        }
        var index = hour - first
        if index < 0 || index >= Int64(counts.count) {
            let low = min(first, hour), high = max(first + Int64(counts.count) - 1, hour)
            guard high - low < Self.maxSpan else {
                outliers[hour, default: 0] += count
                return
            }
            var grown = Array(repeating: 0, count: Int(high - low + 1))
            for (offset, value) in counts.enumerated() where value != 0 { grown[Int(first - low) + offset] = value }
            counts = grown
            first = low
            index = hour - first
        }
        counts[Int(index)] += count
    }

    /// Every (hour, count) with a count.
    func forEach(_ body: (Int64, Int) -> Void) {
        for (offset, value) in counts.enumerated() where value != 0 { body(first + Int64(offset), value) }
        for (hour, value) in outliers { body(hour, value) }
    }
}

import AgencyPluginAPI
import Foundation

/// `daily-volume`: more messages in a day than 5 × the average daily orders of the last 7 days + 600.
struct DailyVolume {
    let messages: [String: Int]
    let orders: [String: Int]

    /// The limit for local day `day` (`yyyy-MM-dd`).
    func limit(for day: String) -> (limit: Int, average: Double) {
        guard let number = Self.dayNumber(day) else { return (600, 0) }
        var total = 0
        for back in 0..<7 { total += orders[LocalDays.string(day: number - Int64(back))] ?? 0 }
        let average = Double(total) / 7
        return (Int((5 * average).rounded(.down)) + 600, average)
    }

    /// Findings for every day over its limit (with `extra` messages added to `extraDay`, for a send guard).
    func findings(seller: String, level: RuleLevel, extraDay: String? = nil, extra: Int = 0) -> [Finding] {
        guard level != .off else { return [] }
        var counts = messages
        if let extraDay { counts[extraDay, default: 0] += extra }
        let days = extraDay.map { [$0] } ?? counts.keys.sorted()
        return days.compactMap { day in
            let count = counts[day] ?? 0
            let (limit, average) = limit(for: day)
            guard count > limit else { return nil }
            return Finding(rule: "daily-volume", severity: level,
                           message: "\(count) messages on \(day), over the daily limit of \(limit) (5 × \(String(format: "%.1f", average)) average daily orders over the last 7 days + 600)",
                           seller: seller)
        }
    }

    static func dayNumber(_ text: String) -> Int64? {
        let parts = text.split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3 else { return nil }
        return LocalDays.dayNumber(year: parts[0], month: parts[1], day: parts[2])
    }
}

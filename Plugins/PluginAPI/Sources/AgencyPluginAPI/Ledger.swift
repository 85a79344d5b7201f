import Foundation

/// An order as the ledger keeps it: no names, no addresses.
@frozen
public struct LedgerOrder: Sendable, Hashable {
    public var orderID: String
    public var marketplace: String
    public var purchaseDate: Date
    /// Amazon order status (`Shipped`, `Pending`, `Canceled`, ...).
    public var status: String
    /// `AFN` or `MFN`, when known.
    public var fulfillmentChannel: String?
    public var earliestDeliveryDate: Date?
    public var latestDeliveryDate: Date?
    public var deliveredAt: Date?
    /// Buyer's language of preference, e.g. `es-US`.
    public var buyerLocale: String?
    public var buyerOptedOut: Bool
    /// Expiry of buyer personal data still stored for this order, if any.
    public var personalDataExpiresAt: Date?

    @inlinable public init(
        orderID: String, marketplace: String, purchaseDate: Date, status: String,
        fulfillmentChannel: String? = nil, earliestDeliveryDate: Date? = nil, latestDeliveryDate: Date? = nil,
        deliveredAt: Date? = nil, buyerLocale: String? = nil, buyerOptedOut: Bool = false,
        personalDataExpiresAt: Date? = nil
    ) {
        self.orderID = orderID
        self.marketplace = marketplace
        self.purchaseDate = purchaseDate
        self.status = status
        self.fulfillmentChannel = fulfillmentChannel
        self.earliestDeliveryDate = earliestDeliveryDate
        self.latestDeliveryDate = latestDeliveryDate
        self.deliveredAt = deliveredAt
        self.buyerLocale = buyerLocale
        self.buyerOptedOut = buyerOptedOut
        self.personalDataExpiresAt = personalDataExpiresAt
    }
}

/// Read access to one seller's ledger, as the host streams it to ledger checkers.
public protocol LedgerSource: Sendable {
    var seller: String { get }
    /// The marketplace's time zone for date arithmetic (windows are counted in local days).
    func timeZone(for marketplace: String) -> TimeZone
    /// "Now" for the audit (so tests and `--date` can pin it).
    var now: Date { get }
    /// Calls `body` for every order with its recorded messages, ordered by order id.
    func forEachOrder(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws
    /// Messages per local day (`yyyy-MM-dd`) and orders per local day, for volume rules.
    func dailyCounts() throws -> (messages: [String: Int], orders: [String: Int])
}

/// Local calendar days of one time zone, as day numbers (days since 1970-01-01 in that zone).
///
/// Ledger windows are counted in the marketplace's local date. Offsets are cached per UTC hour in a
/// dense table (a dictionary beyond it), so counting days for millions of timestamps costs an array read each.
public final class LocalDays: @unchecked Sendable {
    public let timeZone: TimeZone
    /// Offsets in seconds for hours `firstHour ..< firstHour + offsets.count`; `unknown` where not yet asked.
    /// A calendar is used from one thread at a time (one per auditor or planner), and the audit asks
    /// it several times per message, so its cache skips the runtime's exclusivity bookkeeping.
    @exclusivity(unchecked) private var offsets: [Int32] = []
    @exclusivity(unchecked) private var firstHour: Int64 = 0
    @exclusivity(unchecked) private var distant: [Int64: Int64] = [:]
    private static let unknown = Int32.min
    /// Hours of the dense table: about eleven years around the first timestamp asked for.
    private static let span: Int64 = 100_000

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The local day number of `seconds` (Unix seconds).
    public func day(ofSeconds seconds: Int64) -> Int64 {
        let hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        let local = seconds + offset(hour: hour)
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    @inline(__always)
    private func offset(hour: Int64) -> Int64 {
        var index = hour - firstHour
        if index < 0 || index >= Int64(offsets.count) {
            guard grow(toInclude: hour) else {
                if let cached = distant[hour] { return cached }
                let offset = secondsFromGMT(hour: hour)
                distant[hour] = offset
                return offset
            }
            index = hour - firstHour
        }
        let cached = offsets[Int(index)]
        if cached != Self.unknown { return Int64(cached) }
        let offset = secondsFromGMT(hour: hour)
        offsets[Int(index)] = Int32(offset)
        return offset
    }

    /// Widens the dense table to cover `hour` (with room to spare); false when that would pass `span`.
    private func grow(toInclude hour: Int64) -> Bool {
        let margin: Int64 = 24 * 30
        let low = offsets.isEmpty ? hour - margin : min(firstHour, hour - margin)
        let high = offsets.isEmpty ? hour + margin : max(firstHour + Int64(offsets.count), hour + margin)
        guard high - low <= Self.span else { return false }
        var wider = Array(repeating: Self.unknown, count: Int(high - low))
        for (offset, value) in offsets.enumerated() where value != Self.unknown { wider[Int(firstHour - low) + offset] = value }
        offsets = wider
        firstHour = low
        return true
    }

    private func secondsFromGMT(hour: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600))))
    }

    /// The local day number of `date`.
    public func day(of date: Date) -> Int64 { day(ofSeconds: Int64(date.timeIntervalSince1970.rounded(.down))) }

    /// `yyyy-MM-dd` for a day number.
    public static func string(day: Int64) -> String {
        guard let bytes = isoBytes(day: day) else {
            let (year, month, dayOfMonth) = civil(day)
            let m = month < 10 ? "0\(month)" : "\(month)", d = dayOfMonth < 10 ? "0\(dayOfMonth)" : "\(dayOfMonth)"
            return "\(year)-\(m)-\(d)"
        }
        // Ten ASCII digits and dashes: fits a small string, so no allocation.
        return withUnsafeBytes(of: bytes) { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends `string(day:)` to `bytes`, without making a `String` (finding texts are built as bytes).
    public static func append(day: Int64, to bytes: inout [UInt8]) {
        guard let iso = isoBytes(day: day) else { return bytes.append(contentsOf: string(day: day).utf8) }
        withUnsafeBytes(of: iso) { bytes.append(contentsOf: $0) }
    }

    /// The ten bytes of `yyyy-MM-dd` for a day number of the years 0 to 9999; nil for other years.
    private static func isoBytes(day: Int64) -> (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)? {
        let (year, month, dayOfMonth) = civil(day)
        guard (0...9999).contains(year) else { return nil }
        func digit(_ value: Int64) -> UInt8 { UInt8(truncatingIfNeeded: 48 + value) }
        return (digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), 45,
                digit(month / 10), digit(month % 10), 45, digit(dayOfMonth / 10), digit(dayOfMonth % 10))
    }

    /// The day number of a calendar date (proleptic Gregorian).
    public static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month and day of a day number.
    public static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Whether one message type may go out for one order on a given date, and if not, why.
@frozen
public struct LedgerPlanEntry: Sendable, Hashable, Codable {
    /// Message type id.
    public var type: String
    public var allowed: Bool
    /// Rule ids that forbid it (empty when allowed).
    public var rules: [String]
    /// Human reasons, one per rule ("review window opens 2026-11-03", "buyer opted out").
    public var reasons: [String]
    /// Local date (`yyyy-MM-dd`) from which it becomes allowed, when that is known and in the future.
    public var allowedFrom: String?
    /// Warnings that would be reported on sending (allowed, but worth knowing).
    public var notes: [String]

    @inlinable public init(type: String, allowed: Bool, rules: [String] = [], reasons: [String] = [], allowedFrom: String? = nil,
                notes: [String] = []) {
        self.type = type
        self.allowed = allowed
        self.rules = rules
        self.reasons = reasons
        self.allowedFrom = allowedFrom
        self.notes = notes
    }
}

/// One order's plan as its distinct verdicts: `verdicts[verdictOfType[i]]` answers for the i-th
/// type of the planner (its `type` field names the first type that had it; read the type from the list).
public struct LedgerOrderPlan: Sendable {
    public var verdicts: [LedgerPlanEntry] = []
    /// Per type, in the planner's type order, the index of its verdict.
    public var verdictOfType: [Int] = []
    /// Nonzero when the planner gave this very plan before under the same key (for another order),
    /// so a host may reuse what it made of it (rendered rows, say); 0: a plan of its own.
    public var reuseKey = 0

    public init() {}

    /// Empties the plan, keeping its storage.
    public mutating func removeAll() {
        verdicts.removeAll(keepingCapacity: true)
        verdictOfType.removeAll(keepingCapacity: true)
        reuseKey = 0
    }

    /// One verdict per entry.
    public mutating func set(entries: [LedgerPlanEntry]) {
        reuseKey = 0
        verdicts = entries
        verdictOfType.removeAll(keepingCapacity: true)
        verdictOfType.append(contentsOf: entries.indices)
    }

    /// One entry per type, named by `types` (the planner's types, in its order).
    public func entries(types: [MessageType]) -> [LedgerPlanEntry] {
        verdictOfType.enumerated().map { index, verdict in
            var entry = verdicts[verdict]
            if index < types.count { entry.type = types[index].id }
            return entry
        }
    }
}

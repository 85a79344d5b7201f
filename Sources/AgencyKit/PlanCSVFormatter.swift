import AgencyPluginAPI

/// Renders plan rows as CSV bytes (`order_id,type,allowed,rules,reasons,allowed_from,notes`), one row
/// per type: each of an order's distinct verdicts is rendered once and copied into its types' rows.
///
/// A plan of a hundred thousand orders is millions of rows, so no row becomes an array of `String`s.
public struct PlanCSVFormatter {
    /// Each type's CSV field with its leading comma (in `typeBytes`), in the planner's type order.
    private let typeBytes: [UInt8]
    private let typeRanges: [Range<Int>]
    /// The current order's rows after the id field (`,type,allowed,...` and the line break), and where each is.
    private var rowBytes: [UInt8] = []
    private var rowRanges: [Range<Int>] = []
    private var verdictBytes: [UInt8] = []
    private var verdictRanges: [Range<Int>] = []
    /// Rows already rendered for a plan the planner gave again (`LedgerOrderPlan.reuseKey`).
    private var renderedPlans: [Int: (bytes: [UInt8], ranges: [Range<Int>])] = [:]
    private static let renderedCapacity = 4_096
    /// The current order's id field (each row suffix starts with the comma after it).
    private var idBytes: [UInt8] = []

    /// A formatter for plans over `types` (the planner's types, in its order).
    public init(types: [MessageType]) {
        var bytes: [UInt8] = []
        typeRanges = types.map { type in
            let start = bytes.count
            bytes.append(0x2C)
            Self.field(type.id, into: &bytes)
            return start..<bytes.count
        }
        typeBytes = bytes
    }

    /// Appends one row per type to `out`.
    public mutating func append(order: LedgerOrder, plan: LedgerOrderPlan, to out: inout [UInt8]) {
        idBytes.removeAll(keepingCapacity: true)
        Self.field(order.orderID, into: &idBytes)
        if plan.reuseKey != 0, let rendered = renderedPlans[plan.reuseKey] {
            Self.rows(id: idBytes, suffixes: rendered.bytes, ranges: rendered.ranges, to: &out)
            return
        }
        render(plan)
        Self.rows(id: idBytes, suffixes: rowBytes, ranges: rowRanges, to: &out)
        if plan.reuseKey != 0 {
            if renderedPlans.count >= Self.renderedCapacity { renderedPlans.removeAll(keepingCapacity: true) }
            renderedPlans[plan.reuseKey] = (rowBytes, rowRanges)
        }
    }

    /// `plan`'s rows after the id field into `rowBytes`/`rowRanges`: each distinct verdict rendered once.
    private mutating func render(_ plan: LedgerOrderPlan) {
        verdictBytes.removeAll(keepingCapacity: true)
        verdictRanges.removeAll(keepingCapacity: true)
        for verdict in plan.verdicts {
            let start = verdictBytes.count
            Self.verdict(verdict, into: &verdictBytes)
            verdictRanges.append(start..<verdictBytes.count)
        }
        rowBytes.removeAll(keepingCapacity: true)
        rowRanges.removeAll(keepingCapacity: true)
        for (index, verdict) in plan.verdictOfType.enumerated() where index < typeRanges.count && verdict < verdictRanges.count {
            let start = rowBytes.count
            rowBytes.append(contentsOf: typeBytes[typeRanges[index]])
            rowBytes.append(contentsOf: verdictBytes[verdictRanges[verdict]])
            rowRanges.append(start..<rowBytes.count)
        }
    }

    /// One line per suffix: the id field, then the suffix. The lines are copied into room made for
    /// all of them at once (an order has a line per message type: 17 by default).
    private static func rows(id: [UInt8], suffixes: [UInt8], ranges: [Range<Int>], to out: inout [UInt8]) {
        let total = ranges.reduce(0) { $0 + id.count + $1.count }
        let start = out.count
        if out.capacity < start + total { out.reserveCapacity(max(start + total, 2 * out.capacity)) }
        out.append(contentsOf: repeatElement(0, count: total))
        id.withUnsafeBufferPointer { id in
            suffixes.withUnsafeBufferPointer { suffixes in
                out.withUnsafeMutableBufferPointer { out in
                    guard let target = out.baseAddress, let idBase = id.baseAddress, let suffixBase = suffixes.baseAddress else { return }
                    var position = start
                    for range in ranges {
                        (target + position).update(from: idBase, count: id.count)
                        position += id.count
                        (target + position).update(from: suffixBase + range.lowerBound, count: range.count)
                        position += range.count
                    }
                }
            }
        }
    }

    /// `values` as one CSV line (each a field) with its line break.
    public static func line(_ values: [String], into out: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(0x2C) }
            field(value, into: &out)
        }
        out.append(0x0A)
    }

    /// `,allowed,rules,reasons,allowed_from,notes` and the line break.
    private static func verdict(_ entry: LedgerPlanEntry, into out: inout [UInt8]) {
        out.append(contentsOf: entry.allowed ? trueField : falseField)
        joined(entry.rules, separator: semicolon, into: &out)
        out.append(0x2C)
        joined(entry.reasons, separator: semicolonSpace, into: &out)
        out.append(0x2C)
        if let from = entry.allowedFrom { field(from, into: &out) }
        out.append(0x2C)
        joined(entry.notes, separator: semicolonSpace, into: &out)
        out.append(0x0A)
    }

    private static let trueField = Array(",true,".utf8)
    private static let falseField = Array(",false,".utf8)
    private static let semicolon = Array(";".utf8)
    private static let semicolonSpace = Array("; ".utf8)

    /// `values` joined by `separator` as one CSV field (quoted when it needs to be).
    private static func joined(_ values: [String], separator: [UInt8], into out: inout [UInt8]) {
        switch values.count {
        case 0: return
        case 1: field(values[0], into: &out)
        default:
            if !values.contains(where: needsQuotes) {
                // Nothing to quote: the values and separators as they are, with no joined `String`.
                for (index, value) in values.enumerated() {
                    if index > 0 { out.append(contentsOf: separator) }
                    var value = value
                    value.withUTF8 { out.append(contentsOf: $0) }
                }
                return
            }
            var value = values[0]
            for next in values.dropFirst() { value += String(decoding: separator, as: UTF8.self) + next }
            field(value, into: &out)
        }
    }

    /// Whether `text` holds a comma, quote or line break.
    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// A CSV field: as it is, or quoted with `""` escapes when it holds a comma, quote or line break.
    private static func field(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for byte in bytes {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        }
    }
}

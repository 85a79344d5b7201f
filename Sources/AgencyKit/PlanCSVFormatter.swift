import AgencyPluginAPI

/// Renders plan rows as CSV bytes (`order_id,type,allowed,rules,reasons,allowed_from,notes`), one row
/// per type: each of an order's distinct verdicts is rendered once and copied into its types' rows.
///
/// A plan of a hundred thousand orders is millions of rows, so no row becomes an array of `String`s.
public struct PlanCSVFormatter {
    /// Each type's id and CSV field (in `typeBytes`).
    private var typeIDs: [String] = []
    private var typeBytes: [UInt8] = []
    private var typeRanges: [Range<Int>] = []
    /// The current order's verdicts, rendered, and where each is.
    private var verdictBytes: [UInt8] = []
    private var verdictRanges: [Range<Int>] = []
    /// The current order's id field and comma.
    private var idBytes: [UInt8] = []

    public init() {}

    /// Appends one row per type (`types`, the planner's types) to `out`.
    public mutating func append(order: LedgerOrder, plan: LedgerOrderPlan, types: [MessageType], to out: inout [UInt8]) {
        if typeIDs.count != types.count || !zip(typeIDs, types).allSatisfy({ $0 == $1.id }) {
            typeIDs = types.map(\.id)
            typeBytes.removeAll()
            typeRanges = typeIDs.map { id in
                let start = typeBytes.count
                Self.field(id, into: &typeBytes)
                return start..<typeBytes.count
            }
        }
        verdictBytes.removeAll(keepingCapacity: true)
        verdictRanges.removeAll(keepingCapacity: true)
        for verdict in plan.verdicts {
            let start = verdictBytes.count
            Self.verdict(verdict, into: &verdictBytes)
            verdictRanges.append(start..<verdictBytes.count)
        }
        idBytes.removeAll(keepingCapacity: true)
        Self.field(order.orderID, into: &idBytes)
        idBytes.append(0x2C)
        let typeRanges = typeRanges, verdictRanges = verdictRanges
        idBytes.withUnsafeBufferPointer { id in
            typeBytes.withUnsafeBufferPointer { typeField in
                verdictBytes.withUnsafeBufferPointer { verdictField in
                    for (index, verdict) in plan.verdictOfType.enumerated() where index < typeRanges.count && verdict < verdictRanges.count {
                        out.append(contentsOf: id)
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: typeField[typeRanges[index]]))
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: verdictField[verdictRanges[verdict]]))
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

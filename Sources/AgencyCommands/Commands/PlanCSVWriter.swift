#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgencyCore
import AgencyPluginAPI

/// Streams `plan --format csv` to standard output through one byte buffer: a plan of a hundred
/// thousand orders is millions of rows, so no row becomes an array of `String`s.
final class PlanCSVWriter {
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 18

    init() {
        buffer.reserveCapacity(Self.flushSize + 4096)
        fflush(nil)  // what `print` buffered goes first
    }

    func header(_ columns: [String]) throws {
        for (index, column) in columns.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            field(column)
        }
        try endLine()
    }

    /// One row per type (`types`, the planner's types): each of the order's verdicts is rendered once.
    func write(order: LedgerOrder, plan: LedgerOrderPlan, types: [MessageType]) throws {
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
        // The rows are plain byte copies, made on a local buffer (no access checks per append).
        var out: [UInt8] = []
        swap(&out, &buffer)
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
        swap(&out, &buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Each type's id and CSV field (in `typeBytes`), for `write(order:plan:types:)`.
    private var typeIDs: [String] = []
    private var typeBytes: [UInt8] = []
    private var typeRanges: [Range<Int>] = []
    /// The current order's verdicts, rendered, and where each is.
    private var verdictBytes: [UInt8] = []
    private var verdictRanges: [Range<Int>] = []
    /// The current order's id field and comma.
    private var idBytes: [UInt8] = []

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

    func finish() throws { try flush() }

    private static let trueField = Array(",true,".utf8)
    private static let falseField = Array(",false,".utf8)
    private static let semicolon = Array(";".utf8)
    private static let semicolonSpace = Array("; ".utf8)

    private func endLine() throws {
        buffer.append(0x0A)
        if buffer.count >= Self.flushSize { try flush() }
    }

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

    private func field(_ text: String) { Self.field(text, into: &buffer) }

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

    private func flush() throws {
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes all of `bytes` to standard output.
private func writeAll(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { raw in
            write(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        }
        if written < 0 {
            if errno == EINTR { continue }
            throw UsageError("cannot write to standard output (\(String(cString: strerror(errno))))")
        }
        offset += written
    }
}


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

    /// One row per entry: order id, type, allowed, rules, reasons, allowed-from, notes (as `PlanCommand.columns`).
    func write(order: LedgerOrder, entries: [LedgerPlanEntry]) throws {
        for entry in entries {
            field(order.orderID)
            buffer.append(0x2C)
            field(entry.type)
            buffer.append(contentsOf: entry.allowed ? Self.trueField : Self.falseField)
            joined(entry.rules, separator: Self.semicolon)
            buffer.append(0x2C)
            joined(entry.reasons, separator: Self.semicolonSpace)
            buffer.append(0x2C)
            if let from = entry.allowedFrom { field(from) }
            buffer.append(0x2C)
            joined(entry.notes, separator: Self.semicolonSpace)
            try endLine()
        }
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
    private func joined(_ values: [String], separator: [UInt8]) {
        switch values.count {
        case 0: return
        case 1: field(values[0])
        default:
            var value = values[0]
            for next in values.dropFirst() { value += String(decoding: separator, as: UTF8.self) + next }
            field(value)
        }
    }

    /// A CSV field: as it is, or quoted with `""` escapes when it holds a comma, quote or line break.
    private func field(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                buffer.append(contentsOf: bytes)
                return
            }
            buffer.append(0x22)
            for byte in bytes {
                if byte == 0x22 { buffer.append(0x22) }
                buffer.append(byte)
            }
            buffer.append(0x22)
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

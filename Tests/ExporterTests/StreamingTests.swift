import AgencyPluginAPI
import Foundation
import Testing

/// A million rows go through the streaming formats without the writer growing.
@Suite(.serialized) struct StreamingTests {
    static let rowCount = 1_000_000

    /// The size of what an object stores: characters of strings, elements of collections,
    /// recursively through its stored properties (the sink is skipped: it is the test's own).
    static func storedSize(_ value: Any, depth: Int = 0) -> Int {
        guard depth < 4, !(value is DiscardingSink) else { return 0 }
        if let text = value as? String { return text.utf8.count }
        let mirror = Mirror(reflecting: value)
        var size = mirror.displayStyle == .collection || mirror.displayStyle == .dictionary || mirror.displayStyle == .set
            ? mirror.children.count : 0
        for child in mirror.children { size += storedSize(child.value, depth: depth + 1) }
        return size
    }

    @Test("a million rows stream through with no growing writer state", arguments: ["csv", "jsonl"])
    func millionRows(_ format: String) throws {
        let sink = DiscardingSink()
        let writer = try Reports.exporter(format).makeWriter(kind: .orders, sink: sink, options: Fixtures.options())
        #expect(Mirror(reflecting: writer).children.count > 0, "the writer's state can be inspected")
        try writer.begin(columns: Fixtures.columns)
        var row: [String?] = ["111-2223334-0000000", "US", "2025-02-20T10:00:00Z", "Shipped", "gift, \"wrapped\""]
        var early = 0
        for index in 0..<Self.rowCount {
            row[0] = "111-2223334-\(index)"
            try writer.write(row: row)
            if index == 999 { early = Self.storedSize(writer) }
        }
        try writer.finish(summary: ReportSummary())
        #expect(Self.storedSize(writer) == early)
        #expect(sink.writes >= Self.rowCount)
        #expect(sink.bytes > Self.rowCount * 50)
        // The process's resident size is shared with every test running beside this one, so it is not
        // asserted here; `make bench` measures the peak RSS of `agency export` over two million rows.
    }
}

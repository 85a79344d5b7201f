import Foundation

/// One line of the results table.
struct BenchRow {
    var work: String
    var value: String
    var reference: String
    var ratio: String
    var target: String
    var peakRSS: String
}

/// Collects rows and prints them as a Markdown table.
final class BenchReport {
    private(set) var rows: [BenchRow] = []

    func add(_ row: BenchRow) {
        rows.append(row)
        print("  \(row.work): \(row.value) | reference \(row.reference) | ratio \(row.ratio) | target \(row.target) | peak RSS \(row.peakRSS)")
    }

    var markdown: String {
        var text = "| work | measured | reference (same run) | ratio | target | peak RSS |\n|---|---|---|---|---|---|\n"
        for row in rows {
            text += "| \(row.work) | \(row.value) | \(row.reference) | \(row.ratio) | \(row.target) | \(row.peakRSS) |\n"
        }
        return text
    }

    static func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }
    static func seconds(_ value: Double) -> String { value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value) }
}

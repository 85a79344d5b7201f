import AgencyPluginAPI

/// ANSI colours, or plain text when colour is off (not a terminal, or `NO_COLOR`).
struct TextStyle {
    let enabled: Bool

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func caret(_ text: String) -> String { paint(text, "1;32") }

    func severity(_ level: RuleLevel) -> String {
        switch level {
        case .error: paint("error", "1;31")
        case .warning: paint("warning", "1;33")
        case .note: paint("note", "1;36")
        default: level.rawValue
        }
    }

    /// `3 errors, 1 warning, 0 notes in 12 files`, with non-zero counts coloured.
    func totals(_ summary: ReportSummary) -> String {
        guard enabled else { return ReportFormatting.totals(summary) }
        func part(_ count: Int, _ noun: String, _ code: String) -> String {
            let text = ReportFormatting.counted(count, noun)
            return count > 0 ? paint(text, code) : text
        }
        return "\(part(summary.errors, "error", "1;31")), \(part(summary.warnings, "warning", "1;33")), "
            + "\(part(summary.notes, "note", "1;36")) in \(ReportFormatting.counted(summary.files, "file"))"
    }
}

/// Left-aligned columns separated by two spaces. Widths come from the header and the first
/// `sampleSize` rows; later rows reuse them (a longer cell just pushes its line out).
final class TextTable {
    static let sampleSize = 200
    /// Cells wider than this do not widen their column.
    static let maxWidth = 40

    private let header: [String]
    private var sample: [[String]] = []
    private var widths: [Int]?

    init(header: [String]) {
        self.header = header
    }

    /// Adds a row; returns text ready to write once the widths are known.
    func add(_ cells: [String]) -> String? {
        if let widths { return line(cells, widths) }
        sample.append(cells)
        return sample.count < Self.sampleSize ? nil : flush()
    }

    /// Fixes the widths if not done yet and returns the header and sampled rows.
    func flush() -> String {
        guard widths == nil else { return "" }
        var widths = header.map(\.count)
        for row in sample {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], min(cell.count, Self.maxWidth))
            }
        }
        self.widths = widths
        let text = ([header] + sample).map { line($0, widths) }.joined()
        sample = []
        return text
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let isLast = index == cells.count - 1
            let width = index < widths.count ? widths[index] : 0
            parts.append(isLast ? cell : cell + String(repeating: " ", count: max(0, width - cell.count)))
        }
        return parts.joined(separator: "  ") + "\n"
    }
}

import AgencyPluginAPI

extension Finding {
    /// Report order: seller, file, order, line, column, rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.seller ?? "", lhs.file ?? "", lhs.order ?? "", lhs.line ?? 0, lhs.column ?? 0, lhs.rule)
        let right = (rhs.seller ?? "", rhs.file ?? "", rhs.order ?? "", rhs.line ?? 0, rhs.column ?? 0, rhs.rule)
        return left < right
    }

    /// Fills `excerpt` and `excerptColumn` from the file's text, clipping long lines around the column.
    public mutating func attachExcerpt(from source: String, lines cache: inout [Substring]?) {
        guard let line, line >= 1 else { return }
        if cache == nil { cache = source.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let lines = cache, line <= lines.count else { return }
        var text = lines[line - 1]
        if text.hasSuffix("\r") { text = text.dropLast() }
        let column = max(1, column ?? 1)
        let width = 120
        let characters = Array(text)
        let start = max(0, min(column - 1 - width / 3, characters.count - width))
        let end = min(characters.count, start + width)
        excerpt = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        excerptColumn = column - start + (start > 0 ? 1 : 0)
    }
}

extension ReportSummary {
    /// Adds `finding` to the totals.
    public mutating func count(_ finding: Finding) {
        switch finding.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        case .off: break
        }
    }
}

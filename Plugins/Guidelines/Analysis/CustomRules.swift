import AgencyPluginAPI

/// A seller's own rule (`custom-rules` in workspace or seller YAML), compiled once.
struct CompiledCustomRule: @unchecked Sendable {
    // A compiled Regex is immutable; sharing it between threads is safe.
    let rule: CustomRule
    let expressions: [Regex<AnyRegexOutput>]

    init(_ rule: CustomRule) throws {
        self.rule = rule
        self.expressions = try rule.patterns.map { pattern in
            do {
                return try Regex(pattern).ignoresCase()
            } catch {
                throw PluginError("custom rule \(rule.id): invalid pattern '\(pattern)': \(error)")
            }
        }
    }

    /// Findings in the visible text of `field` (capped per pattern).
    func check(_ field: FieldContext) -> [PendingFinding] {
        guard rule.level != .off, !field.text.bytes.isEmpty else { return [] }
        let text = String(decoding: field.text.bytes, as: UTF8.self)
        var findings: [PendingFinding] = []
        for expression in expressions {
            for match in text.matches(of: expression).prefix(50) {
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: match.range.lowerBound)
                findings.append(field.finding(rule.id, "\(rule.message): \"\(text[match.range])\"", at: offset))
            }
        }
        return findings
    }
}

import AgencyCore
import AgencyPluginAPI

/// Runs prepared checkers over one message and returns its findings in report order,
/// with excerpts taken from the file as written.
public struct MessageCheck: Sendable {
    public let checkers: [any PreparedMessageChecker]

    public init(checkers: [any PreparedMessageChecker]) {
        self.checkers = checkers
    }

    public func findings(for document: MessageDocument, source: String?) -> [Finding] {
        var findings = checkers.flatMap { $0.check(document) }.filter { $0.severity != .off }
        if let source {
            var lineStarts: [String.Index]?
            for index in findings.indices { findings[index].attachExcerpt(from: source, lineStarts: &lineStarts) }
        }
        for index in findings.indices {
            if findings[index].file == nil { findings[index].file = document.origin.file }
            if findings[index].seller == nil { findings[index].seller = document.origin.seller }
            if findings[index].template == nil { findings[index].template = document.origin.template }
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}

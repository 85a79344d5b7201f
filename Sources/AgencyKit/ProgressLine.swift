import Foundation

/// A single progress line on standard error (`\r`-rewritten), shown only when stderr is a terminal.
///
/// Long work (large imports, audits of many sellers) calls `advance` per item; the line is redrawn
/// at most ten times a second and cleared by `finish`.
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let total: Int?
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) public var count = 0

    public init(_ label: String, total: Int? = nil,
                enabled: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["AGENCY_NO_PROGRESS"] == nil) {
        self.label = label
        self.total = total
        self.enabled = enabled
    }

    /// Counts `items` more and redraws when due.
    public func advance(by items: Int = 1) {
        count += items
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Int(Double(count) / elapsed)
        let of = total.map { "/\($0)" } ?? ""
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(count)\(of) (\(rate)/s)".utf8))
    }

    /// Clears the line.
    public func finish() {
        guard enabled, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

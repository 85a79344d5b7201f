import Synchronization

/// Cooperative cancellation of the running command: the console's Ctrl-C handler raises it, and
/// long loops (imports, ledger scans, checks, exports) call `checkpoint()` to stop there. A write
/// stopped this way throws inside its transaction, so the ledger is left exactly as it was.
///
/// Outside the console nothing raises it: a one-shot command is ended by SIGINT's default action.
public enum Interruption {
    private static let raised = Atomic<Bool>(false)

    /// Asks the running command to stop (async-signal-safe: one lock-free store).
    public static func raise() {
        raised.store(true, ordering: .relaxed)
    }

    /// Whether a stop was asked for since the last `take()`.
    public static var isRequested: Bool { raised.load(ordering: .relaxed) }

    /// Whether a stop was asked for; clears the request.
    public static func take() -> Bool {
        raised.exchange(false, ordering: .relaxed)
    }

    /// Throws `Interrupted` when a stop was asked for.
    public static func checkpoint() throws {
        if isRequested { throw Interrupted() }
    }
}

/// A command stopped by Ctrl-C before it finished.
public struct Interrupted: Error, CustomStringConvertible, Sendable {
    public init() {}
    public var description: String { "interrupted" }
}

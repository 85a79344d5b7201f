import CLibXML2
import Foundation

/// libxml2 HTML parser contexts kept for reuse: making one (its name dictionary, input and node
/// stacks) for every message costs more than parsing a short message, so each thread borrows one.
final class ParserContexts: @unchecked Sendable {
    static let shared = ParserContexts()

    private let lock = NSLock()
    private var idle: [htmlParserCtxtPtr] = []
    /// Contexts kept idle at most (more than the checking threads ever hold at once).
    private static let capacity = 16

    /// An idle context, or a new one (nil if libxml2 cannot make one: then parse without).
    func take() -> htmlParserCtxtPtr? {
        lock.lock()
        let context = idle.popLast()
        lock.unlock()
        return context ?? htmlNewParserCtxt()
    }

    /// Returns a context after use (its document is already handed over).
    func give(_ context: htmlParserCtxtPtr?) {
        guard let context else { return }
        lock.lock()
        defer { lock.unlock() }
        if idle.count < Self.capacity { idle.append(context) } else { htmlFreeParserCtxt(context) }
    }
}

import Foundation

/// Maps a batch of items on every core, keeping their order.
///
/// Used where each item is independent work (parsing and checking one template) and the results
/// must still be written in a fixed order; callers pass bounded batches so memory stays flat.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values()
    }

    /// One slot per item; each slot is written by exactly one iteration, so no lock is needed.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func store(_ value: Value, at index: Int) { buffer[index] = value }

        func values() -> [Value] { buffer.compactMap { $0 } }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }
}

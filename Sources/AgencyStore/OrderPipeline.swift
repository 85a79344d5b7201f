import AgencyPluginAPI
import Foundation

/// Runs a ledger scan on its own thread and hands its orders to the caller's thread in batches,
/// so SQLite decoding (one core) overlaps the rules and output (the other core).
///
/// Order is kept. If the consumer throws, the producer is told to stop and is waited for; if the
/// producer throws, the consumer rethrows its error after the orders read before it.
final class OrderPipeline: @unchecked Sendable {
    typealias Batch = [(LedgerOrder, [LedgerMessage])]

    private let condition = NSCondition()
    private var batches: [Batch] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private static let batchSize = 512

    /// Thrown inside a producer to stop its scan once `emit` has returned false.
    struct Stopped: Error {}
    private static let depth = 8

    /// Runs `produce` on a new thread (it calls `emit` per order; `emit` returns false once the
    /// consumer has stopped) and `consume` here, in order.
    static func run(produce: @escaping @Sendable (_ emit: (LedgerOrder, [LedgerMessage]) -> Bool) throws -> Void,
                    consume: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        let pipe = OrderPipeline()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var batch: Batch = []
            batch.reserveCapacity(batchSize)
            do {
                try produce { order, messages in
                    batch.append((order, messages))
                    guard batch.count >= batchSize else { return true }
                    defer { batch.removeAll(keepingCapacity: true) }
                    return pipe.put(batch)
                }
                if !batch.isEmpty { _ = pipe.put(batch) }
                pipe.end(nil)
            } catch {
                pipe.end(error)
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = try pipe.take() {
                for (order, messages) in batch { try consume(order, messages) }
            }
        } catch {
            pipe.cancel()
            done.wait()
            throw error
        }
        done.wait()
    }

    /// Queues a batch, waiting while the queue is full; false when the consumer has stopped.
    private func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.depth, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    private func end(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil at the end; throws the producer's error after the batches before it.
    private func take() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }
}

import AgencyCore
import AgencyPluginAPI
import Foundation

/// Thrown inside a producer to stop its scan once `emit` has returned false.
struct ScanStopped: Error {}

/// Runs a ledger scan on producer threads ("lanes") and hands what they make of its orders (the
/// orders themselves, or rendered output) to the caller's thread in batches, in order, so SQLite
/// decoding overlaps the rules and output on the caller's thread.
///
/// The orders come in `chunks` consecutive runs; lane `l` produces chunks `l`, `l + lanes`, ... in
/// turn, and the caller takes chunk 0 from lane 0, chunk 1 from lane 1, and so on. Each lane's queue
/// is bounded, so memory stays flat however large the ledger. If the consumer throws, the producers
/// are told to stop and are waited for; if a producer throws, the consumer rethrows its error after
/// the orders read before it.
final class OrderPipeline<Element>: @unchecked Sendable {
    typealias Batch = [Element]

    /// What a producer hands over: orders, or the end of one of its chunks.
    private enum Item {
        case batch(Batch)
        case endOfChunk
    }

    /// One producer's queue.
    private final class Lane {
        var items: [Item] = []
        var finished = false
        var failure: (any Error)?
    }

    /// A producer's side of the pipeline.
    struct Emitter {
        fileprivate let pipe: OrderPipeline
        fileprivate let lane: Int
        fileprivate let batch: BatchBuffer

        /// Hands over one element; false once the consumer has stopped.
        func emit(_ element: Element) -> Bool {
            batch.elements.append(element)
            guard batch.elements.count >= pipe.batchSize else { return true }
            return flush()
        }

        /// Ends the producer's current chunk; false once the consumer has stopped.
        func endChunk() -> Bool {
            flush() && pipe.put(.endOfChunk, lane: lane)
        }

        fileprivate func flush() -> Bool {
            guard !batch.elements.isEmpty else { return true }
            defer { batch.elements.removeAll(keepingCapacity: true) }
            return pipe.put(.batch(batch.elements), lane: lane)
        }
    }

    fileprivate final class BatchBuffer {
        var elements: Batch = []
    }

    private let condition = NSCondition()
    private let lanes: [Lane]
    private var cancelled = false
    /// Elements a lane gathers before handing them over.
    fileprivate let batchSize: Int
    /// Items a lane may queue: enough for a whole run of orders' output (a lane waits while the
    /// caller takes the runs of the other lanes, so a shallow queue would make the lanes take turns).
    private static var depth: Int { 64 }

    private init(lanes: Int, batchSize: Int) {
        self.lanes = (0..<max(lanes, 1)).map { _ in Lane() }
        self.batchSize = max(batchSize, 1)
    }

    /// `lanes` producers on their own threads (`produce(lane, emitter)` produces that lane's chunks
    /// in turn, calling `emitter.endChunk()` after each) and `consume` here, in chunk order, handed
    /// over `batchSize` elements at a time (many small ones such as orders; one by one for large ones).
    static func run(lanes laneCount: Int, chunks: Int, batchSize: Int,
                    produce: @escaping @Sendable (_ lane: Int, _ emitter: Emitter) throws -> Void,
                    consume: (Element) throws -> Void) throws {
        let pipe = OrderPipeline(lanes: laneCount, batchSize: batchSize)
        let done = DispatchGroup()
        for lane in pipe.lanes.indices {
            done.enter()
            let thread = Thread {
                let emitter = Emitter(pipe: pipe, lane: lane, batch: BatchBuffer())
                do {
                    try produce(lane, emitter)
                    _ = emitter.flush()
                    pipe.end(lane: lane, nil)
                } catch {
                    pipe.end(lane: lane, error)
                }
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        do {
            for chunk in 0..<max(chunks, 1) {
                let lane = chunk % pipe.lanes.count
                while let batch = try pipe.take(lane: lane) {
                    try Interruption.checkpoint()
                    for element in batch { try consume(element) }
                }
            }
        } catch {
            pipe.cancel()
            done.wait()
            throw error
        }
        done.wait()
    }

    /// Queues an item, waiting while the lane's queue is full; false when the consumer has stopped.
    private func put(_ item: Item, lane: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while lanes[lane].items.count >= Self.depth, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        lanes[lane].items.append(item)
        condition.broadcast()
        return true
    }

    private func end(lane: Int, _ error: (any Error)?) {
        condition.lock()
        lanes[lane].finished = true
        lanes[lane].failure = error
        condition.broadcast()
        condition.unlock()
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        for lane in lanes { lane.items.removeAll() }
        condition.broadcast()
        condition.unlock()
    }

    /// The lane's next batch of the current chunk; nil at the chunk's end (or once the lane has
    /// finished); throws the producer's error after the batches before it.
    private func take(lane index: Int) throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        let lane = lanes[index]
        while lane.items.isEmpty, !lane.finished { condition.wait() }
        if !lane.items.isEmpty {
            let item = lane.items.removeFirst()
            condition.broadcast()
            switch item {
            case .batch(let batch): return batch
            case .endOfChunk: return nil
            }
        }
        if let failure = lane.failure { throw failure }
        return nil
    }
}

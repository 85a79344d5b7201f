import AgencyPluginAPI
import Foundation
import GRDB

extension Ledger {
    /// Runs per lane: small runs, so one run's output fits a lane's queue and the lanes keep pace.
    static let chunksPerLane = 64
    /// Runs of a whole-ledger scan: `chunksPerLane` for each of `LedgerSnapshot.scanLanes`.
    static let scanRuns = LedgerSnapshot.scanLanes * chunksPerLane

    /// Streams what `scan` makes of `seller`'s orders, in order-id order, to `consume` on this thread, read by `scan` on
    /// `lanes` threads at once: each lane reads every `lanes`-th run of order ids, all on one
    /// snapshot of the ledger (see `CommitFence`). Small ledgers, or a ledger another writer holds,
    /// are read on one thread.
    ///
    /// `batchSize`: elements handed over at a time (see `OrderPipeline`).
    /// `scan(lane, db, range, emit)` reads the orders of `range` and calls `emit` in order with what it makes of them.
    func scanInChunks<Element>(seller: String, lanes requested: Int, batchSize: Int = 512,
                               scan: @escaping @Sendable (_ lane: Int, _ db: Database, _ range: OrderIDRange,
                                                          _ emit: (Element) -> Bool) throws -> Void,
                               consume: (Element) throws -> Void) throws {
        let boundaries = requested < 2 ? [] : try read { db in
            try StoredScanRuns.boundaries(db, seller: seller)
                ?? OrderIDRange.boundaries(db, seller: seller, count: Self.scanRuns, minimumRun: minimumScanChunk).boundaries
        }
        let chunks = OrderIDRange.split(at: boundaries)
        let fence = chunks.count > 1 ? CommitFence(path: path) : nil
        let lanes = fence == nil ? 1 : min(requested, chunks.count)
        let started = DispatchGroup()
        for _ in 0..<lanes { started.enter() }
        try OrderPipeline<Element>.run(lanes: lanes, chunks: chunks.count, batchSize: batchSize, produce: { lane, emitter in
            var waiting = true
            // Every lane has begun its read transaction before the fence lets writers in again.
            func begun() {
                guard waiting else { return }
                waiting = false
                started.leave()
                started.wait()
                fence?.release()
            }
            defer { begun() }
            try self.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                begun()
                for chunk in Swift.stride(from: lane, to: chunks.count, by: lanes) {
                    try scan(lane, db, chunks[chunk], emitter.emit)
                    guard emitter.endChunk() else { throw ScanStopped() }
                }
            }
        }, consume: consume)
    }
}

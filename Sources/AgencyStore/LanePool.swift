import Foundation

/// One `OrderLane` per reading thread, made on first use and kept for all the runs that thread reads,
/// so what a lane learns (a planner's known plans, say) carries from run to run.
final class LanePool<Lane: OrderLane>: @unchecked Sendable {
    private let make: @Sendable () throws -> Lane
    private let lock = NSLock()
    private var lanes: [Int: Lane] = [:]

    init(_ make: @escaping @Sendable () throws -> Lane) {
        self.make = make
    }

    /// The lane of reading thread `index` (each thread asks for its own index only).
    func lane(_ index: Int) throws -> Lane {
        lock.lock()
        let known = lanes[index]
        lock.unlock()
        if let known { return known }
        let lane = try make()
        lock.lock()
        lanes[index] = lane
        lock.unlock()
        return lane
    }
}

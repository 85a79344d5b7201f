import Foundation

/// The SHA-256 of a file's bytes, computed on another thread while the import runs on this one.
final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var hex = ""

    init(_ data: Data) {
        let thread = Thread { [self] in
            hex = data.withUnsafeBytes { SHA256Digest.hex($0.bindMemory(to: UInt8.self)) }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the digest.
    var value: String {
        done.wait()
        done.signal()
        return hex
    }
}

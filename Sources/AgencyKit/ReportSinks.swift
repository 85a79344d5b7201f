import AgencyCore
import AgencyPluginAPI
import Foundation

/// A buffered sink over a file descriptor (standard output or a report file).
public final class FileReportSink: ReportSink {
    private let handle: FileHandle
    private let closeWhenDone: Bool
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Writes to standard output.
    public static func standardOutput() -> FileReportSink { FileReportSink(handle: .standardOutput, close: false) }

    /// Creates (or truncates) the file at `path`, creating its folder.
    public static func file(_ path: String) throws -> FileReportSink {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw UsageError("cannot create report file \(path)")
            }
            return FileReportSink(handle: try FileHandle(forWritingTo: url), close: true)
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("cannot write report file \(path): \(error.localizedDescription)")
        }
    }

    private init(handle: FileHandle, close: Bool) {
        self.handle = handle
        closeWhenDone = close
        buffer.reserveCapacity(Self.flushSize)
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    public func write(utf8 bytes: UnsafeRawBufferPointer) throws {
        // Large blocks go straight to the file; small ones through the buffer.
        if bytes.count >= Self.flushSize {
            try flush()
            try handle.write(contentsOf: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for files, closes.
    public func close() throws {
        try flush()
        if closeWhenDone { try handle.close() }
    }
}

/// Whether colour escapes are wanted on standard output: a terminal, and no `NO_COLOR`.
public func standardOutputWantsColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
}


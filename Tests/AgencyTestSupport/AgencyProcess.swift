import Foundation

/// The outcome of running the built `agency` binary.
public struct ProcessResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
}

/// Runs the built `agency` binary end to end, the way a user or a script would.
public enum Agency {
    /// Runs `agency arguments...` in `directory` with `environment` added to a clean environment
    /// (no `AGENCY_WORKSPACE`, `NO_COLOR=1`, `HOME` and `AGENCY_HISTORY` pointed at a temp folder).
    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil,
                           environment: [String: String] = [:]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = BuiltProducts.agency
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["AGENCY_WORKSPACE"] = nil
        env["AGENCY_PLUGIN_PATH"] = nil
        env["NO_COLOR"] = "1"
        env["USER"] = env["USER"] ?? "tester"
        env["HOME"] = FileManager.default.temporaryDirectory.path
        env["AGENCY_HISTORY"] = FileManager.default.temporaryDirectory.appendingPathComponent("agency-test-history").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of a child process cost.
struct Measurement {
    var seconds: Double
    var peakRSSKiB: Int
    var status: Int32
}

/// Runs commands with `posix_spawn` and reads their wall time and peak resident memory from `wait4`.
enum ChildProcess {
    /// Runs `arguments` (path first) with stdin from /dev/null and stdout/stderr to `output` (default /dev/null).
    static func measure(_ arguments: [String], output: String = "/dev/null", environment: [String: String] = [:]) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["AGENCY_NO_PROGRESS"] = "1"
        for (key, value) in environment { env[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(seconds: seconds, peakRSSKiB: Int(usage.ru_maxrss), status: exitCode)
    }

    /// The fastest of `runs` runs (the least disturbed by the rest of the machine), with the largest peak RSS.
    static func best(of runs: Int, _ arguments: [String], output: String = "/dev/null",
                     environment: [String: String] = [:], expect allowed: Set<Int32> = [0, 1]) throws -> Measurement {
        var results: [Measurement] = []
        for _ in 0..<max(1, runs) {
            let result = try measure(arguments, output: output, environment: environment)
            guard allowed.contains(result.status) else {
                throw BenchError("\(arguments.joined(separator: " ")) exited with \(result.status)")
            }
            results.append(result)
        }
        let fastest = results.min { $0.seconds < $1.seconds } ?? results[0]
        return Measurement(seconds: fastest.seconds, peakRSSKiB: results.map(\.peakRSSKiB).max() ?? 0, status: fastest.status)
    }

    /// Runs a shell command line (for references such as `sqlite3` with a script on stdin).
    static func shell(_ command: String, output: String = "/dev/null") throws -> Measurement {
        try measure(["/bin/sh", "-c", command], output: output)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

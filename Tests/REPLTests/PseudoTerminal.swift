import AgencyTestSupport
import Foundation
import Synchronization

/// The built `agency` binary running on a pseudo-terminal, as a user at a terminal would see it:
/// keys go in through the master side, and everything the program draws is collected.
final class PseudoTerminal {
    private final class Screen: Sendable {
        let text = Mutex("")
    }

    private let master: Int32
    private let process: Process
    private let output = Screen()

    /// Starts `agency arguments...` in `directory` with a clean environment plus `environment`.
    init(_ arguments: [String], in directory: URL, environment: [String: String]) throws {
        // posix_openpt(3), unlockpt(3) and ptsname(3) by hand: Glibc's module exports none of them,
        // nor the ioctl numbers (built with _IOW/_IOR): TIOCSPTLCK and TIOCGPTN on Linux.
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        var size = winsize(ws_row: 30, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

        process = Process()
        process.executableURL = BuiltProducts.agency
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["AGENCY_WORKSPACE"] = nil
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()

        let fd = master
        let sink = output
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                let text = String(decoding: buffer[0..<count], as: UTF8.self)
                sink.text.withLock { $0 += text }
            }
        }
        reader.start()
    }

    /// Everything drawn so far, with terminal control sequences removed.
    var screen: String {
        let raw = output.text.withLock { $0 }
        return raw.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]|\u{1B}[()][A-Za-z0-9]|\u{1B}[=>]|\r|\u{7}",
                                        with: "", options: .regularExpression)
    }

    /// Types `keys`.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Sends SIGINT, as Ctrl-C does on the program's controlling terminal.
    func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Waits until the screen, after its first `after` characters, contains `text`; false on timeout.
    @discardableResult
    func waitFor(_ text: String, after: Int = 0, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.dropFirst(after).contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Waits for the program to end; returns its exit status, or nil (after killing it) on timeout.
    func waitForExit(timeout: TimeInterval = 60) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }
}

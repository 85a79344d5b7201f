#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgencyCore
import AgencyKit

/// Streams `plan --format csv` to standard output: the header, then blocks of rows as the plan's
/// lanes render them (`PlanCSVFormatter`), written straight to the file descriptor.
final class PlanCSVWriter {
    init() {
        fflush(nil)  // what `print` buffered goes first
    }

    func header(_ columns: [String]) throws {
        var line: [UInt8] = []
        PlanCSVFormatter.line(columns, into: &line)
        try rows(line)
    }

    /// Writes all of `bytes` to standard output.
    func rows(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw UsageError("cannot write to standard output (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }
}

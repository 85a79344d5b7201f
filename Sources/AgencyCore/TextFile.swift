import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#else
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads user files as UTF-8 text, turning every failure into a one-line `InputError`.
public enum TextFile {
    /// The whole file as text. Refuses missing files, folders, binary files and invalid UTF-8.
    public static func read(path: String, displayPath: String? = nil) throws -> String {
        let shown = displayPath ?? path
        // A regular file is read with one open, fstat and read; anything else (or any failure) takes
        // the checks below, which name the problem.
        if let bytes = readRegularFile(path) {
            return try bytes.withUnsafeBytes { try decode($0, file: shown) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: shown, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: shown, "is a folder, expected a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: shown, "cannot read the file")
        }
        return try decode(data, file: shown)
    }

    /// Decodes `data` as UTF-8 text (a leading BOM is dropped).
    public static func decode(_ data: Data, file: String) throws -> String {
        // Work on the raw bytes: iterating `Data` element by element is slow for large files.
        try data.withUnsafeBytes { try decode($0, file: file) }
    }

    /// Decodes `raw` as UTF-8 text (a leading BOM is dropped).
    static func decode(_ raw: UnsafeRawBufferPointer, file: String) throws -> String {
        let bytes = raw.bindMemory(to: UInt8.self)
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            throw InputError(file: file, "binary file (contains NUL bytes), expected UTF-8 text")
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: file, line: firstInvalidLine(Data(bytes)), "not valid UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The bytes of the regular file at `path`, or nil when it is not one or cannot be read whole.
    private static func readRegularFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)))
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                guard errno == EINTR else { return nil }
                continue
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }
}

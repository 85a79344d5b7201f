import Foundation

/// Reads user files as UTF-8 text, turning every failure into a one-line `InputError`.
public enum TextFile {
    /// The whole file as text. Refuses missing files, folders, binary files and invalid UTF-8.
    public static func read(path: String, displayPath: String? = nil) throws -> String {
        let shown = displayPath ?? path
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
        let decoded: Decoded = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { return .binary }
            return String(validating: bytes, as: UTF8.self).map(Decoded.text) ?? .invalid
        }
        var text: String
        switch decoded {
        case .binary: throw InputError(file: file, "binary file (contains NUL bytes), expected UTF-8 text")
        case .invalid: throw InputError(file: file, line: firstInvalidLine(data), "not valid UTF-8 text")
        case let .text(decodedText): text = decodedText
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    private enum Decoded {
        case text(String), binary, invalid
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

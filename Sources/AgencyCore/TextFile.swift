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
        if data.contains(0) {
            throw InputError(file: file, "binary file (contains NUL bytes), expected UTF-8 text")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            let line = firstInvalidLine(data)
            throw InputError(file: file, line: line, "not valid UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
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

import Foundation

/// The console's command history on disk: one entry a line, at most `capacity` entries,
/// no consecutive duplicates, lines typed with a leading space left out (as `HISTCONTROL=ignorespace`).
///
/// Entries are appended as they are typed, so two consoles open at once both keep theirs;
/// the file is trimmed to `capacity` when a console starts.
struct HistoryFile {
    static let defaultCapacity = 1000

    let path: String
    let capacity: Int
    private(set) var entries: [String]

    /// `$AGENCY_HISTORY`, else `$XDG_STATE_HOME/agency/history`, else `~/.agency_history`.
    static func location(environment: [String: String]) -> String {
        if let explicit = environment["AGENCY_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return URL(fileURLWithPath: state).appendingPathComponent("agency/history").path
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".agency_history").path
    }

    /// Loads the history at `path` (none yet is fine) and trims the file to `capacity`.
    init(path: String, capacity: Int = Self.defaultCapacity) {
        self.path = path
        self.capacity = max(1, capacity)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        entries = Array(lines.suffix(self.capacity))
        if lines.count > self.capacity { rewrite() }
    }

    /// Whether `line` belongs in the history.
    func shouldRecord(_ line: String) -> Bool {
        guard let first = line.first, first != " ", first != "\t" else { return false }
        guard !line.allSatisfy(\.isWhitespace), !line.contains("\n") else { return false }
        return entries.last != line
    }

    /// Adds `line` when it belongs in the history, appending it to the file. Returns whether it was added.
    @discardableResult
    mutating func record(_ line: String) -> Bool {
        guard shouldRecord(line) else { return false }
        entries.append(line)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        append(line)
        return true
    }

    private func prepareFolder() {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    private func append(_ line: String) {
        prepareFolder()
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data((line + "\n").utf8))
    }

    private func rewrite() {
        prepareFolder()
        let text = entries.map { $0 + "\n" }.joined()
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }
}

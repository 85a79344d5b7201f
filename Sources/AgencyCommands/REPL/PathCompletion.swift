import Foundation

/// File-system paths for completion: the entries of the folder a partial path points into.
enum PathCompletion {
    /// Paths starting with `prefix` as typed (`~/` allowed), relative to `directory`; folders end in `/`.
    /// Hidden entries appear only when the typed name starts with a dot.
    static func paths(startingWith prefix: String, directoriesOnly: Bool, in directory: String,
                      home: String = NSHomeDirectory()) -> [String] {
        let folderPart = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
        let namePart = String(prefix.dropFirst(folderPart.count))
        var folder = folderPart
        if folder == "~/" || folder.hasPrefix("~/") { folder = home + folder.dropFirst(1) }
        if !folder.hasPrefix("/") { folder = (directory as NSString).appendingPathComponent(folder) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            .compactMap { name -> String? in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
                if isDirectory.boolValue { return folderPart + name + "/" }
                return directoriesOnly ? nil : folderPart + name
            }
            .sorted()
    }
}

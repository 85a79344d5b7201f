import Foundation

/// A workspace folder: `workspace.yaml`, `sellers/<id>/`, `packs/`, `plugins/`, `ledger.sqlite`, `reports/`.
public struct Workspace: Sendable {
    /// Absolute path of the workspace folder.
    public let root: String
    public let config: WorkspaceConfig

    /// Opens the workspace at `root`, reading and validating `workspace.yaml`.
    public init(root: String) throws {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        self.root = absolute
        let configPath = (absolute as NSString).appendingPathComponent(WorkspaceConfig.fileName)
        guard FileManager.default.fileExists(atPath: configPath) else {
            throw UsageError("\(root) is not a workspace (no \(WorkspaceConfig.fileName)); create one with 'agency init \(root)'")
        }
        config = try WorkspaceConfig.load(path: configPath, displayPath: WorkspaceConfig.fileName)
    }

    /// Finds the workspace: `explicit` (`--workspace`), else `$AGENCY_WORKSPACE`, else the nearest
    /// folder upward from `currentDirectory` holding `workspace.yaml`. Nil when there is none.
    public static func locate(explicit: String?, environment: [String: String], currentDirectory: String) throws -> Workspace? {
        if let explicit { return try Workspace(root: explicit) }
        if let fromEnvironment = environment["AGENCY_WORKSPACE"], !fromEnvironment.isEmpty {
            return try Workspace(root: fromEnvironment)
        }
        var folder = URL(fileURLWithPath: currentDirectory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(WorkspaceConfig.fileName).path) {
                return try Workspace(root: folder.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The message shown when a command needs a workspace and none was found.
    public static let missingHint =
        "no workspace found: pass --workspace PATH, set AGENCY_WORKSPACE, or create one with 'agency init PATH'"

    /// Creates a new workspace folder with a commented `workspace.yaml`.
    @discardableResult
    public static func create(at path: String, name: String) throws -> Workspace {
        let fileManager = FileManager.default
        let configPath = (path as NSString).appendingPathComponent(WorkspaceConfig.fileName)
        if fileManager.fileExists(atPath: configPath) {
            throw UsageError("\(path) is already a workspace")
        }
        for folder in ["sellers", "packs", "plugins", "reports"] {
            try fileManager.createDirectory(atPath: (path as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let text = """
        # Agency Console workspace. Levels: off | note | warning | error.
        name: \(YAMLText.quoted(name))
        language: en
        rules: {}
        allowed-domains: []
        custom-rules: []

        """
        try text.write(toFile: configPath, atomically: true, encoding: .utf8)
        return try Workspace(root: path)
    }

    public var ledgerPath: String { path("ledger.sqlite") }
    public var packsFolder: String { path("packs") }
    public var pluginsFolder: String { path("plugins") }
    public var reportsFolder: String { path("reports") }

    /// An absolute path inside the workspace.
    public func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// `path` relative to the workspace when it lies inside it, else unchanged.
    public func displayPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return absolute.hasPrefix(root + "/") ? String(absolute.dropFirst(root.count + 1)) : path
    }

    func sellerFolder(_ id: SellerID) -> String { path("sellers/\(id.rawValue)") }

    /// Every seller folder holding a `seller.yaml`, sorted by id. Folders with invalid names are skipped.
    public func sellerIDs() throws -> [SellerID] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("sellers"))) ?? []
        return names.compactMap { try? SellerID($0) }
            .filter { FileManager.default.fileExists(atPath: (sellerFolder($0) as NSString).appendingPathComponent(SellerConfig.fileName)) }
            .sorted()
    }

    /// Reads and validates one seller's `seller.yaml`.
    public func seller(_ id: SellerID) throws -> SellerConfig {
        let file = (sellerFolder(id) as NSString).appendingPathComponent(SellerConfig.fileName)
        guard FileManager.default.fileExists(atPath: file) else {
            throw UsageError("no seller '\(id)' in this workspace (see 'agency seller list')")
        }
        return try SellerConfig.load(id: id, path: file, displayPath: displayPath(file))
    }

    /// Every seller, validated.
    public func sellers() throws -> [SellerConfig] { try sellerIDs().map(seller) }

    /// Creates `sellers/<id>/seller.yaml` and its `templates/` folder.
    public func addSeller(id: SellerID, name: String, marketplaces: [String], languages: [String]) throws {
        let folder = sellerFolder(id)
        guard !FileManager.default.fileExists(atPath: folder) else {
            throw UsageError("seller '\(id)' already exists")
        }
        for code in marketplaces where Marketplace.find(code) == nil {
            throw UsageError("unknown marketplace '\(code)' (known: \(Marketplace.all.map(\.code).joined(separator: ", ")))")
        }
        for language in languages {
            try LanguageCode.validate(language, file: "--language", line: nil, field: "language")
        }
        try FileManager.default.createDirectory(atPath: (folder as NSString).appendingPathComponent("templates"), withIntermediateDirectories: true)
        let text = """
        name: \(YAMLText.quoted(name))
        marketplaces: [\(marketplaces.map { $0.uppercased() }.joined(separator: ", "))]
        languages: [\(languages.joined(separator: ", "))]
        rules: {}
        allowed-domains: []
        custom-rules: []

        """
        try text.write(toFile: (folder as NSString).appendingPathComponent(SellerConfig.fileName), atomically: true, encoding: .utf8)
    }

    /// Deletes a seller's folder (templates included).
    public func removeSeller(_ id: SellerID) throws {
        _ = try seller(id)
        try FileManager.default.removeItem(atPath: sellerFolder(id))
    }

    func templatesFolder(_ id: SellerID) -> String { (sellerFolder(id) as NSString).appendingPathComponent("templates") }

    /// Path of a template file (which may not exist yet).
    public func templatePath(seller: SellerID, name: String) -> String {
        (templatesFolder(seller) as NSString).appendingPathComponent("\(name).tmpl")
    }

    /// Template names of a seller, sorted.
    public func templateNames(seller id: SellerID) throws -> [String] {
        _ = try seller(id)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templatesFolder(id))) ?? []
        return names.filter { $0.hasSuffix(".tmpl") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Reads and parses one template.
    public func template(seller id: SellerID, name: String) throws -> Template {
        let file = templatePath(seller: id, name: name)
        guard FileManager.default.fileExists(atPath: file) else {
            throw UsageError("no template '\(name)' for seller '\(id)' (see 'agency template list \(id)')")
        }
        // The path is built here, so its workspace-relative form needs no URL normalisation.
        let shown = "sellers/\(id.rawValue)/templates/\(name).tmpl"
        return try TemplateParser.parse(TextFile.read(path: file, displayPath: shown), name: name, seller: id, displayPath: shown)
    }

    /// Validates `source` as a template and writes it; refuses to overwrite unless `replace`.
    @discardableResult
    public func saveTemplate(seller id: SellerID, name: String, source: String, replace: Bool) throws -> Template {
        _ = try seller(id)
        try TemplateName.validate(name)
        let file = templatePath(seller: id, name: name)
        if !replace, FileManager.default.fileExists(atPath: file) {
            throw UsageError("template '\(id)/\(name)' already exists (use 'agency template edit')")
        }
        let parsed = try TemplateParser.parse(source, name: name, seller: id, displayPath: displayPath(file))
        try FileManager.default.createDirectory(atPath: templatesFolder(id), withIntermediateDirectories: true)
        try source.write(toFile: file, atomically: true, encoding: .utf8)
        return parsed
    }

    public func removeTemplate(seller id: SellerID, name: String) throws {
        let file = templatePath(seller: id, name: name)
        guard FileManager.default.fileExists(atPath: file) else {
            throw UsageError("no template '\(name)' for seller '\(id)'")
        }
        try FileManager.default.removeItem(atPath: file)
    }
}

/// Writing values into generated YAML files.
enum YAMLText {
    /// A double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

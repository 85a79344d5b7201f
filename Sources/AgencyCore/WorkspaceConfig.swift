/// `workspace.yaml`: the agency's name, defaults and rule overrides for every seller.
public struct WorkspaceConfig: Sendable {
    public var name: String
    /// Default language for sellers that set none.
    public var language: String?
    public var overrides: RuleOverrides

    public static let fileName = "workspace.yaml"

    public init(name: String, language: String? = nil, overrides: RuleOverrides) {
        self.name = name
        self.language = language
        self.overrides = overrides
    }

    static func load(path: String, displayPath: String) throws -> WorkspaceConfig {
        let yaml = try YAMLReader.load(path: path, displayPath: displayPath)
        try yaml.rejectUnknownKeys(allowed: RuleOverrides.keys.union(["name", "language"]))
        let language = try yaml.string("language")
        if let language { try LanguageCode.validate(language, file: displayPath, line: yaml.keyLine("language"), field: "language") }
        return WorkspaceConfig(name: try yaml.string("name") ?? "Agency", language: language,
                               overrides: try RuleOverrides.read(from: yaml))
    }
}

/// `sellers/<id>/seller.yaml`: one client seller account.
public struct SellerConfig: Sendable {
    public var id: SellerID
    public var name: String
    /// Marketplace codes (`US`, `UK`, `DE`, ...), first is the main one.
    public var marketplaces: [String]
    /// Languages the seller writes in, first is the default.
    public var languages: [String]
    public var overrides: RuleOverrides

    public static let fileName = "seller.yaml"

    public init(id: SellerID, name: String, marketplaces: [String], languages: [String], overrides: RuleOverrides) {
        self.id = id
        self.name = name
        self.marketplaces = marketplaces
        self.languages = languages
        self.overrides = overrides
    }

    static func load(id: SellerID, path: String, displayPath: String) throws -> SellerConfig {
        let yaml = try YAMLReader.load(path: path, displayPath: displayPath)
        try yaml.rejectUnknownKeys(allowed: RuleOverrides.keys.union(["name", "marketplaces", "languages", "language"]))
        guard let name = try yaml.string("name"), !name.isEmpty else {
            throw InputError(file: displayPath, line: yaml.line, field: "name", "missing seller name")
        }
        let marketplaces = try yaml.stringList("marketplaces") ?? []
        guard !marketplaces.isEmpty else {
            throw InputError(file: displayPath, line: yaml.keyLine("marketplaces") ?? yaml.line, field: "marketplaces",
                             "list at least one marketplace, e.g. [US]")
        }
        for code in marketplaces where Marketplace.find(code) == nil {
            throw InputError(file: displayPath, line: yaml.keyLine("marketplaces"), field: "marketplaces",
                             "unknown marketplace '\(code)' (known: \(Marketplace.all.map(\.code).joined(separator: ", ")))")
        }
        var languages = try yaml.stringList("languages") ?? []
        if let single = try yaml.string("language") { languages.insert(single, at: 0) }
        for language in languages {
            try LanguageCode.validate(language, file: displayPath, line: yaml.keyLine("languages") ?? yaml.keyLine("language"), field: "languages")
        }
        return SellerConfig(id: id, name: name, marketplaces: marketplaces.map { $0.uppercased() == "GB" ? "UK" : $0.uppercased() },
                            languages: languages, overrides: try RuleOverrides.read(from: yaml))
    }
}

/// Two-letter language codes, as used for templates, sellers and rule packs.
public enum LanguageCode {
    public static func validate(_ code: String, file: String, line: Int?, field: String) throws {
        let ok = code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLowercase }
        guard ok else {
            throw InputError(file: file, line: line, field: field, "invalid language '\(code)' (use a two-letter code such as en, de, fr)")
        }
    }
}

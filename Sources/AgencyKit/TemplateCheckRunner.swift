import AgencyCore
import AgencyPluginAPI
import Foundation

/// `agency check`: lints template files and folders, or every template of the workspace's sellers,
/// streaming findings into the reports one file at a time.
public struct TemplateCheckRunner {
    public let session: AgencySession

    public init(session: AgencySession) {
        self.session = session
    }

    /// What a run saw.
    public struct Outcome: Sendable {
        public var files = 0
        public var errors = 0
        /// Files that could not be read or parsed, as one-line messages.
        public var inputErrors: [String] = []
        public var sellers: [SellerSummary] = []
    }

    /// Templates parsed and checked together; bounds the findings held before they are written.
    static let batchSize = 64

    /// Reads, parses and checks one template of `seller`.
    static func check(_ name: String, of seller: SellerConfig, in workspace: Workspace, with check: MessageCheck) -> Result<[Finding], InputError> {
        do {
            let template = try workspace.template(seller: seller.id, name: name)
            return .success(check.findings(for: template.document(defaultLanguage: seller.languages.first), source: template.source))
        } catch let error as InputError {
            return .failure(error)
        } catch {
            return .failure(InputError(file: workspace.displayPath(workspace.templatePath(seller: seller.id, name: name)), "\(error)"))
        }
    }

    /// Checks every template of `sellers` (all sellers when nil).
    public func checkWorkspace(sellers requested: [SellerConfig]?, into reports: ReportSet) throws -> Outcome {
        let workspace = try session.requireWorkspace()
        let sellers = try requested ?? workspace.sellers()
        var outcome = Outcome()
        let progress = ProgressLine("checking templates")
        defer { progress.finish() }
        for seller in sellers {
            let check = MessageCheck(checkers: try session.preparedCheckers(for: seller))
            var summary = SellerSummary(seller: seller.id.rawValue, name: seller.name)
            let names = try workspace.templateNames(seller: seller.id)
            // Parse and check a batch of templates on every core, then write its findings in order.
            for start in stride(from: 0, to: names.count, by: Self.batchSize) {
                try Interruption.checkpoint()
                let batch = Array(names[start..<min(start + Self.batchSize, names.count)])
                let results = ParallelMap.map(batch) { name in
                    Self.check(name, of: seller, in: workspace, with: check)
                }
                for result in results {
                    outcome.files += 1
                    summary.templates += 1
                    progress.advance()
                    switch result {
                    case let .success(findings):
                        for finding in findings {
                            try reports.write(finding: finding)
                            summary.add(finding)
                        }
                    case let .failure(error):
                        outcome.inputErrors.append(error.description)
                    }
                }
            }
            outcome.errors += summary.errors
            outcome.sellers.append(summary)
        }
        return outcome
    }

    /// Checks the given files and folders (folders: every `*.tmpl` below them). Inside a workspace,
    /// a template under `sellers/<id>/templates/` gets its seller's settings unless `seller` is given.
    public func checkPaths(_ paths: [String], seller explicit: SellerConfig?, into reports: ReportSet) throws -> Outcome {
        var outcome = Outcome()
        var checks: [String: MessageCheck] = [:]
        var summaries: [String: SellerSummary] = [:]
        for file in try expand(paths) {
            try Interruption.checkpoint()
            outcome.files += 1
            let seller = try explicit ?? owningSeller(of: file)
            let key = seller?.id.rawValue ?? ""
            if checks[key] == nil { checks[key] = MessageCheck(checkers: try session.preparedCheckers(for: seller)) }
            guard let check = checks[key] else { continue }
            var summary = summaries[key] ?? SellerSummary(seller: key.isEmpty ? "-" : key, name: seller?.name)
            summary.templates += 1
            do {
                let shown = session.workspace?.displayPath(file) ?? relativeToCurrentDirectory(file)
                let source = try TextFile.read(path: file, displayPath: shown)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                let template = try TemplateParser.parse(source, name: name, seller: seller?.id, displayPath: shown)
                let language = seller?.languages.first ?? session.workspace?.config.language
                for finding in check.findings(for: template.document(defaultLanguage: language), source: source) {
                    try reports.write(finding: finding)
                    summary.add(finding)
                }
            } catch let error as InputError {
                outcome.inputErrors.append(error.description)
            }
            summaries[key] = summary
        }
        outcome.sellers = summaries.keys.sorted().compactMap { summaries[$0] }
        outcome.errors = outcome.sellers.reduce(0) { $0 + $1.errors }
        return outcome
    }

    /// Files named directly, plus every `*.tmpl` under named folders, sorted; a missing path is an input error.
    func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : (session.currentDirectory as NSString).appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw InputError(file: path, "no such file or folder")
            }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: absolute)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    if relative.hasSuffix(".tmpl") { found.append((absolute as NSString).appendingPathComponent(relative)) }
                }
                files += found.sorted()
            } else {
                files.append(absolute)
            }
        }
        return files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The seller whose `templates/` folder holds `file`, if it is inside the workspace.
    func owningSeller(of file: String) throws -> SellerConfig? {
        guard let workspace = session.workspace else { return nil }
        let parts = workspace.displayPath(file).split(separator: "/")
        guard parts.count >= 4, parts[0] == "sellers", parts[2] == "templates", let id = try? SellerID(String(parts[1])) else {
            return nil
        }
        return try? workspace.seller(id)
    }

    func relativeToCurrentDirectory(_ file: String) -> String {
        let base = session.currentDirectory.hasSuffix("/") ? session.currentDirectory : session.currentDirectory + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : file
    }
}

extension SellerSummary {
    /// Adds one finding to the seller's counts.
    public mutating func add(_ finding: Finding) {
        add(FindingCounts(finding.severity))
    }
}

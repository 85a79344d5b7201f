import AgencyCore
import Foundation
import GRDB

/// One file given to `orders import` or `messages import`.
public struct ImportFile: Sendable {
    public var path: String
    /// How the file is named in messages (as the user typed it).
    public var displayPath: String

    public init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }
}

/// What happened to one file.
public struct ImportOutcome: Sendable {
    public var file: String
    public var kind: ImportKind
    /// Data rows read (items for order reports, orders for getOrders).
    public var rows: Int
    /// Orders touched (order files) or messages added (message history).
    public var records: Int
    /// The same file (same content) was imported before: nothing changed.
    public var alreadyImportedAt: Date?
}

/// The result of one import command.
public struct ImportResult: Sendable {
    public var files: [ImportOutcome]
    /// Rows skipped under `--skip-bad-rows`, as `file:line:column: field: message`.
    public var skipped: [String]
}

extension Ledger {
    /// Imports `files` for `seller` in ONE immediate transaction: a bad row aborts everything
    /// (unless `skipBadRows`), and a file imported before (same content) is skipped.
    ///
    /// - Parameter kinds: the kinds this command accepts (`orders import`: order files; `messages import`: history).
    public func importFiles(_ files: [ImportFile], seller: String, defaultMarketplace: String, kinds: Set<ImportKind>,
                            skipBadRows: Bool = false, progress: ((Int) -> Void)? = nil) throws -> ImportResult {
        var loaded: [(file: ImportFile, data: Data, kind: ImportKind, hash: BackgroundHash)] = []
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file.path), options: .alwaysMapped)
            } catch {
                throw InputError(file: file.displayPath, "cannot read the file (\(FileManager.default.fileExists(atPath: file.path) ? "permission denied" : "no such file"))")
            }
            let kind = try Self.kind(of: data, file: file.displayPath)
            guard kinds.contains(kind) else {
                let hint = kind == .messageHistory ? "use 'agency messages import'" : "use 'agency orders import'"
                throw InputError(file: file.displayPath, "this is a \(kind.label) file; \(hint)")
            }
            loaded.append((file, data, kind, BackgroundHash(data)))
        }
        loaded.sort { $0.kind.importRank < $1.kind.importRank }
        let salt = try buyerSalt()
        let names = files.map(\.displayPath).joined(separator: " ")
        return try write(command: kinds.contains(.messageHistory) ? "messages import" : "orders import",
                         detail: "seller=\(seller) \(names)") { db in
            let context = ImportContext(db: db, seller: seller, buyerSalt: salt, defaultMarketplace: defaultMarketplace,
                                        skipBadRows: skipBadRows, progress: progress)
            var outcomes: [ImportOutcome] = []
            // A bulk import touches far more pages than the default cache holds.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            for entry in loaded {
                // The hash is only waited for when a file of this kind and size was imported before;
                // otherwise the import runs while it is computed on the other core.
                let seen = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM imports WHERE seller = ? AND kind = ? AND (file_size IS NULL OR file_size = ?))
                    """, arguments: [seller, entry.kind.rawValue, entry.data.count]) ?? true
                if seen, let at = try Int64.fetchOne(db, sql: "SELECT imported_at FROM imports WHERE seller = ? AND kind = ? AND file_hash = ?",
                                                     arguments: [seller, entry.kind.rawValue, entry.hash.value]) {
                    outcomes.append(ImportOutcome(file: entry.file.displayPath, kind: entry.kind, rows: 0, records: 0,
                                                  alreadyImportedAt: Date(timeIntervalSince1970: TimeInterval(at))))
                    continue
                }
                let counts = try Self.importOne(entry.data, kind: entry.kind, file: entry.file.displayPath, context: context)
                try db.execute(sql: """
                    INSERT INTO imports (seller, kind, file_name, file_hash, rows, imported_at, file_size) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [seller, entry.kind.rawValue, (entry.file.path as NSString).lastPathComponent, entry.hash.value,
                                     counts.rows, Int64(Date().timeIntervalSince1970), entry.data.count])
                outcomes.append(ImportOutcome(file: entry.file.displayPath, kind: entry.kind, rows: counts.rows, records: counts.orders))
            }
            if outcomes.contains(where: { $0.alreadyImportedAt == nil }) { try context.refreshPersonalDataExpiry() }
            // Orders that arrived after some of their messages get those into their history.
            try db.execute(sql: PackedHistory.adopt)
            let ordersWritten = outcomes.filter { $0.kind.createsOrders }.reduce(0) { $0 + $1.records }
            if ordersWritten > 0 {
                try StoredScanRuns.refresh(db, seller: seller, changedOrders: ordersWritten, runs: Self.scanRuns, minimumRun: minimumScanChunk)
            }
            return ImportResult(files: outcomes, skipped: context.skipped)
        }
    }

    /// Page cache of an import transaction (KiB, as a negative `cache_size`): 256 MiB.
    static let importCacheSize = -262_144

    static func importOne(_ data: Data, kind: ImportKind, file: String, context: ImportContext) throws -> (rows: Int, orders: Int) {
        if kind == .getOrders { return try GetOrdersImport(context: context, file: file).run(data: data) }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let reader = DelimitedReader(separator: DelimitedReader.separator(forHeader: bytes))
            let header = try Self.header(bytes, reader: reader)
            switch kind {
            case .orderReport: return try OrderReportImport(context: context, file: file).run(bytes: bytes, reader: reader, header: header)
            case .orderUpdates: return try OrderUpdatesImport(context: context, file: file).run(bytes: bytes, reader: reader, header: header)
            case .messageHistory: return try MessageHistoryImport(context: context, file: file).run(bytes: bytes, reader: reader, header: header)
            case .getOrders: return (0, 0)
            }
        }
    }

    /// The header row's column names, lowercased.
    static func header(_ bytes: UnsafeBufferPointer<UInt8>, reader: DelimitedReader) throws -> ImportHeader {
        var names: [String] = []
        struct Stop: Error {}
        do {
            try reader.forEachRow(bytes) { row in
                names = (0..<row.count).map { (row.string($0) ?? "").lowercased() }
                throw Stop()
            }
        } catch is Stop {}
        return ImportHeader(names)
    }

    /// Tells the file kind from its first bytes (JSON) or header row.
    static func kind(of data: Data, file: String) throws -> ImportKind {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = DelimitedReader.bomLength(bytes)
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            guard index < bytes.count else { throw InputError(file: file, "the file is empty") }
            if bytes[index] == 0x7B { return .getOrders }
            let reader = DelimitedReader(separator: DelimitedReader.separator(forHeader: bytes))
            let header = try header(bytes, reader: reader)
            guard let kind = ImportKind.detect(header: header.names) else {
                throw InputError(file: file, line: 1, "unrecognised header: expected an All Orders report (amazon-order-id, purchase-date, order-status, ...), order updates (amazon-order-id, delivery-date, buyer-locale, buyer-opted-out, ...), message history (amazon-order-id, message-type, channel, sent-at) or a getOrders JSON response")
            }
            return kind
        }
    }
}

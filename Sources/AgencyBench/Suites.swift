import Foundation

/// Sizes of one benchmark run.
struct BenchSizes {
    var checkBytes: Int
    var importRows: Int
    var ledgerOrders: Int
    var messagesPerOrder: Int
    var startupRuns: Int
    var repeats: Int

    static let full = BenchSizes(checkBytes: 100 << 20, importRows: 1_000_000, ledgerOrders: 1_000_000,
                                 messagesPerOrder: 2, startupRuns: 20, repeats: 3)
    static let quick = BenchSizes(checkBytes: 1 << 20, importRows: 5_000, ledgerOrders: 5_000,
                                  messagesPerOrder: 2, startupRuns: 3, repeats: 1)
}

/// The benchmarks of ARCHITECTURE §7, each next to a reference measured in the same run.
struct Suites {
    let agency: String
    let data: String
    let repoRoot: String
    let sizes: BenchSizes
    let report: BenchReport

    func workspace(_ name: String, sellers: Int) throws -> String {
        let root = (data as NSString).appendingPathComponent(name)
        try? FileManager.default.removeItem(atPath: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "name: Bench\nlanguage: en\n".write(toFile: root + "/workspace.yaml", atomically: true, encoding: .utf8)
        for index in 1...sellers {
            let language = MessageCorpus.languages[index % MessageCorpus.languages.count]
            let market = ["en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT"][language] ?? "US"
            let folder = root + String(format: "/sellers/s%03d", index)
            try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
            try "name: Seller \(index)\nmarketplaces: [\(market)]\nlanguages: [\(language)]\n"
                .write(toFile: folder + "/seller.yaml", atomically: true, encoding: .utf8)
        }
        return root
    }

    /// `agency check` over every template of 100 sellers vs `grep -c -i -E -f` over the same text.
    func check() throws {
        let root = try workspace("check", sellers: 100)
        var random = SeededRandom(seed: 7)
        var total = 0, files = 0
        try BufferedFile.write(data + "/check-all.txt") { all in
            while total < sizes.checkBytes {
                let seller = files % 100 + 1
                let language = MessageCorpus.languages[seller % MessageCorpus.languages.count]
                let text = MessageCorpus.template(language: language, html: random.chance(30), targetBytes: 4_000 + Int(random.next() % 8_000), random: &random)
                let path = root + String(format: "/sellers/s%03d/templates/m%06d.tmpl", seller, files)
                try text.write(toFile: path, atomically: false, encoding: .utf8)
                all.line(text)
                total += text.utf8.count
                files += 1
            }
        }
        let phrases = try PhraseList.write(from: repoRoot + "/Plugins/Guidelines/Packs", to: data + "/phrases.txt")
        let ours = try ChildProcess.best(of: sizes.repeats, [agency, "-w", root, "check", "--format", "jsonl:\(data)/check.jsonl"])
        let grep = try ChildProcess.best(of: sizes.repeats, ["grep", "-c", "-i", "-E", "-f", data + "/phrases.txt", data + "/check-all.txt"])
        let megabytes = Double(total) / 1_048_576
        report.add(BenchRow(
            work: "check, \(files) templates, \(String(format: "%.0f", megabytes)) MB, all rules and languages",
            value: String(format: "%.1f MB/s, %.0f messages/s", megabytes / ours.seconds, Double(files) / ours.seconds),
            reference: String(format: "grep -c -i -E -f (%d phrases): %.1f MB/s", phrases, megabytes / grep.seconds),
            ratio: String(format: "%.2f× grep's time", ours.seconds / grep.seconds),
            target: "≥ 20 MB/s; ≤ 5× grep", peakRSS: BenchReport.mib(ours.peakRSSKiB)))
    }

    /// `agency orders import` of a flat-file report vs the sqlite3 CLI's `.import` of the same rows.
    func importOrders() throws {
        let root = try workspace("import", sellers: 1)
        let report = data + "/orders-report.txt"
        try LedgerData(orders: sizes.importRows, messagesPerOrder: 0).writeReport(to: report)
        var best: Measurement?
        for _ in 0..<sizes.repeats {
            try? FileManager.default.removeItem(atPath: root + "/ledger.sqlite")
            try? FileManager.default.removeItem(atPath: root + "/ledger.sqlite-wal")
            let run = try ChildProcess.measure([agency, "-w", root, "orders", "import", "--seller", "s001", report])
            guard run.status == 0 else { throw BenchError("orders import exited with \(run.status)") }
            if best == nil || run.seconds < (best?.seconds ?? 0) { best = run }
        }
        var reference: Measurement?
        let columns = LedgerData.reportHeader.map { "\"\($0)\" TEXT" }.joined(separator: ", ")
        for _ in 0..<sizes.repeats {
            let db = data + "/reference.sqlite"
            try? FileManager.default.removeItem(atPath: db)
            let script = "CREATE TABLE report (\(columns));\n.mode tabs\n.import --skip 1 \(report) report\n"
            try script.write(toFile: data + "/import.sql", atomically: true, encoding: .utf8)
            let run = try ChildProcess.shell("sqlite3 \(db) < \(data)/import.sql")
            if reference == nil || run.seconds < (reference?.seconds ?? 0) { reference = run }
        }
        guard let ours = best, let theirs = reference else { return }
        let rows = Double(sizes.importRows)
        self.report.add(BenchRow(
            work: "orders import, \(sizes.importRows) rows", value: String(format: "%.0f rows/s", rows / ours.seconds),
            reference: String(format: "sqlite3 .import: %.0f rows/s", rows / theirs.seconds),
            ratio: String(format: "%.2f× sqlite3's speed", theirs.seconds / ours.seconds),
            target: "≥ 0.7×", peakRSS: BenchReport.mib(ours.peakRSSKiB)))
    }

    /// `plan` and `audit` over a large ledger vs one GROUP BY over the same messages in the sqlite3 CLI.
    func planAndAudit() throws {
        let root = try workspace("ledger", sellers: 1)
        let generator = LedgerData(orders: sizes.ledgerOrders, messagesPerOrder: sizes.messagesPerOrder)
        try generator.writeReport(to: data + "/ledger-report.txt")
        try generator.writeUpdates(to: data + "/ledger-updates.csv")
        try generator.writeMessages(to: data + "/ledger-messages.csv")
        for arguments in [["orders", "import", "--seller", "s001", data + "/ledger-report.txt", data + "/ledger-updates.csv"],
                          ["messages", "import", "--seller", "s001", data + "/ledger-messages.csv"]] {
            let run = try ChildProcess.measure([agency, "-w", root] + arguments)
            guard run.status == 0 else { throw BenchError("\(arguments.prefix(2).joined(separator: " ")) exited with \(run.status)") }
        }
        let messages = sizes.ledgerOrders * sizes.messagesPerOrder
        let reference = try ChildProcess.best(of: sizes.repeats, [
            "sqlite3", root + "/ledger.sqlite",
            "SELECT seller, order_id, count(*), min(sent_at), max(sent_at) FROM messages GROUP BY seller, order_id"])
        let referenceText = "sqlite3 GROUP BY over messages: " + BenchReport.seconds(reference.seconds)
        let plan = try ChildProcess.best(of: sizes.repeats, [agency, "-w", root, "plan", "--seller", "s001", "--date", "2026-11-20", "--format", "csv"])
        report.add(BenchRow(work: "plan, \(sizes.ledgerOrders) orders, \(messages) messages", value: BenchReport.seconds(plan.seconds),
                            reference: referenceText, ratio: String(format: "%.2f×", plan.seconds / reference.seconds),
                            target: "< 1 s", peakRSS: BenchReport.mib(plan.peakRSSKiB)))
        let audit = try ChildProcess.best(of: sizes.repeats, [agency, "-w", root, "audit", "--format", "jsonl:\(data)/audit.jsonl"])
        report.add(BenchRow(work: "audit, \(sizes.ledgerOrders) orders, \(messages) messages", value: BenchReport.seconds(audit.seconds),
                            reference: referenceText, ratio: String(format: "%.2f×", audit.seconds / reference.seconds),
                            target: "< 1 s", peakRSS: BenchReport.mib(audit.peakRSSKiB)))
        let exportRun = try ChildProcess.best(of: 1, [agency, "-w", root, "export", "--kind", "messages", "--format", "csv",
                                                      "--output", data + "/messages-export.csv"])
        let dump = try ChildProcess.shell("sqlite3 -csv \(root)/ledger.sqlite 'SELECT * FROM messages' > \(data)/messages-dump.csv")
        report.add(BenchRow(work: "export --kind messages (csv), \(messages) rows", value: BenchReport.seconds(exportRun.seconds),
                            reference: "sqlite3 -csv SELECT * FROM messages: " + BenchReport.seconds(dump.seconds),
                            ratio: String(format: "%.2f×", exportRun.seconds / dump.seconds),
                            target: "< 100 MB RSS", peakRSS: BenchReport.mib(exportRun.peakRSSKiB)))
    }

    /// Process start to first output, plugins loaded, vs starting the sqlite3 CLI.
    func startup() throws {
        let small = data + "/small.tmpl"
        try "---\nsubject: \"Order {{order_id}}\"\ntype: review-request\n---\nPlease share your honest opinion.\n"
            .write(toFile: small, atomically: true, encoding: .utf8)
        let reference = try ChildProcess.best(of: sizes.startupRuns, ["sqlite3", ":memory:", "SELECT 1"])
        let list = try ChildProcess.best(of: sizes.startupRuns, [agency, "plugins", "list"])
        let check = try ChildProcess.best(of: sizes.startupRuns, [agency, "check", small])
        for (name, run) in [("start-up: agency plugins list", list), ("start-up: agency check one small file", check)] {
            report.add(BenchRow(work: name, value: BenchReport.seconds(run.seconds),
                                reference: "sqlite3 :memory: 'SELECT 1': " + BenchReport.seconds(reference.seconds),
                                ratio: String(format: "%.1f×", run.seconds / reference.seconds), target: "< 50 ms",
                                peakRSS: BenchReport.mib(run.peakRSSKiB)))
        }
    }
}

import AgencyTestSupport
import Foundation
import Testing

/// `make run`'s sequence on the demo workspace: imports (twice) and the audit, checked against EXPECTED.md.
@Suite(.serialized) struct LedgerDemoTests {
    static let expected: Set<String> = [
        "acme-kitchen 113-3649539-7835233 buyer-language",
        "acme-kitchen 113-5547269-2629542 one-message-per-order",
        "acme-kitchen 113-1481331-5017311 opted-out",
        "acme-kitchen 113-0101109-2967229 pii-retention",
        "brightpath-uk 205-7036610-8377290 review-request-once",
        "brightpath-uk 205-1559146-4672408 review-window",
        "brightpath-uk 205-1559146-4672408 proactive-window",
        "brightpath-uk 204-9460337-0637561 review-window",
        "waldhaus-de 302-9889884-8404639 review-window",
        "waldhaus-de 305-9119416-5165848 proactive-window",
        "waldhaus-de 302-0040774-5668817 buyer-language",
    ]

    @Test func theAuditFindsExactlyTheLedgerFindingsOfExpectedMd() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let audit = try demo.run(["audit", "--format", "json"])
        #expect(audit.status == 1, "\(audit.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let ledger = findings.filter { $0["order"] != nil }
        let got = Set(ledger.map { "\($0["seller"] ?? "") \($0["order"] ?? "") \($0["rule"] ?? "")" })
        #expect(got == Self.expected)
        #expect(ledger.filter { ($0["rule"] as? String) != "pii-retention" }.allSatisfy { $0["message_id"] != nil })
        let summary = try #require(json["summary"] as? [String: Any])
        let sellers = try #require(summary["sellers"] as? [[String: Any]])
        let acme = try #require(sellers.first { $0["seller"] as? String == "acme-kitchen" })
        #expect(acme["orders"] as? Int == 25)
        #expect(acme["opted_out"] as? Int == 2)
    }

    /// With JSON Lines as the only report, the audit's reading threads encode the ledger findings
    /// themselves; with a second report that takes findings one by one, the findings travel as
    /// values. Both ways must write the same lines, in the same order as the JSON report, and exit alike.
    @Test func findingsEncodedWhereTheyAreFoundAreTheLinesOfTheFindings() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let encoded = try demo.run(["audit", "--date", "2026-11-26", "--format", "jsonl"])
        let report = demo.path("audit.json")
        let plain = try demo.run(["audit", "--date", "2026-11-26", "--format", "jsonl", "--format", "json:\(report)"])
        #expect(encoded.status == 1, "\(encoded.stderr)")
        #expect(plain.status == encoded.status, "\(plain.stderr)")
        #expect(encoded.stderr.isEmpty && plain.stderr.isEmpty, "\(encoded.stderr) \(plain.stderr)")
        #expect(encoded.stdout == plain.stdout)
        // Two JSON Lines reports: both encoded on the reading threads, each its own buffer.
        let second = demo.path("audit-copy.jsonl")
        let twice = try demo.run(["audit", "--date", "2026-11-26", "--format", "jsonl", "--format", "jsonl:\(second)"])
        #expect(twice.status == encoded.status)
        #expect(twice.stdout == encoded.stdout)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == encoded.stdout)
        let lines = try encoded.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        func key(_ finding: [String: Any]) -> String {
            ["rule", "severity", "seller", "order", "message", "message_id", "file"].map { "\(finding[$0] ?? "-")" }.joined(separator: "|")
        }
        #expect(lines.map(key) == findings.map(key))
        let ledger = lines.filter { $0["order"] != nil }
        #expect(ledger.count >= Self.expected.count)
        #expect(ledger.allSatisfy { $0["seller"] is String }, "every ledger finding names its seller")
    }

    /// "Eligible today" in the audit's summary is the number of orders `plan` allows a review request
    /// for on the same date, seller by seller.
    @Test func eligibleTodayMatchesThePlanForTheSameDate() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let audit = try demo.run(["audit", "--date", "2026-11-26", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let sellers = try #require((json["summary"] as? [String: Any])?["sellers"] as? [[String: Any]])
        var total = 0
        for seller in sellers {
            let id = try #require(seller["seller"] as? String)
            let plan = try demo.run(["plan", "--seller", id, "--date", "2026-11-26", "--type", "review-request", "--format", "csv"])
            #expect(plan.status == 0, "\(plan.stderr)")
            let allowed = plan.stdout.split(separator: "\n").filter { $0.contains(",review-request,true,") }.count
            #expect(seller["eligible_today"] as? Int == allowed, "\(id)")
            total += allowed
        }
        #expect(total > 0, "the demo should have orders a review request may go out for on 2026-11-26")
        #expect(audit.stderr.isEmpty, "\(audit.stderr)")
    }

    @Test func reimportingTheSameFilesChangesNothing() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let before = try demo.snapshot()
        let second = try demo.importAll()
        for result in second {
            #expect(result.stdout.contains("already imported"), "\(result)")
        }
        #expect(try demo.snapshot() == before)
    }

    @Test func buyerDataReachesOutputOnlyWithShowPii() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let outputs = [
            try demo.run(["orders", "show", "113-0101109-2967229"]),
            try demo.run(["orders", "list", "--format", "json"]),
            try demo.run(["messages", "list", "--format", "csv"]),
            try demo.run(["audit", "--format", "json"]),
            try demo.run(["export", "--kind", "orders", "--format", "csv"]),
            try demo.run(["plan", "--seller", "acme-kitchen", "--all"]),
            try demo.run(["template", "render", "acme-kitchen/review-request", "--order", "113-0101109-2967229"]),
        ]
        for output in outputs {
            #expect(!output.stdout.contains("Riley") && !output.stderr.contains("Riley"))
            #expect(!output.stdout.contains("q7x2m4k9t8wz3vd"))
        }
        let shown = try demo.run(["orders", "show", "113-0101109-2967229", "--show-pii"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Riley Marchetti"))
        #expect(shown.stdout.contains("q7x2m4k9t8wz3vd@marketplace.amazon.com"))
    }

    @Test func purgeDeletesExpiredBuyerData() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let dry = try demo.run(["purge", "--dry-run"])
        #expect(dry.stdout.contains("would delete 2 value(s) of 1 order(s)"), "\(dry)")
        let purge = try demo.run(["purge"])
        #expect(purge.status == 0)
        #expect(!(try demo.run(["orders", "show", "113-0101109-2967229", "--show-pii"]).stdout.contains("Riley")))
        let audit = try demo.run(["audit", "--format", "json", "--seller", "acme-kitchen"])
        #expect(!audit.stdout.contains("pii-retention\""))
    }

    @Test func planExplainsWhyNot() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let plan = try demo.run(["plan", "--seller", "brightpath-uk", "--date", "2026-10-20"])
        #expect(plan.status == 0, "\(plan)")
        #expect(plan.stdout.contains("204-6235165-8489550"))
        #expect(plan.stdout.contains("buyer opted out"))
        #expect(plan.stdout.contains("review window opens 2026-10-25"))
        let csv = try demo.run(["plan", "--seller", "brightpath-uk", "--date", "2026-10-20", "--type", "review-request", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("order_id,type,allowed,rules,reasons,allowed_from,notes\n"))
        #expect(csv.stdout.contains("205-7036610-8377290,review-request,false,review-request-once"))
    }
}

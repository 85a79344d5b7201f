import AgencyTestSupport
import Foundation
import Testing

/// The bundled demo's `EXPECTED.md` lists the rule ids every template must trigger; `agency check` must agree.
@Suite struct DemoExpectationsTests {
    static let demo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Workspaces/demo")

    /// `- sellers/x/templates/y.tmpl: [rule, rule]` lines of EXPECTED.md.
    static func expectations() throws -> [String: Set<String>] {
        let text = try String(contentsOf: demo.appendingPathComponent("EXPECTED.md"), encoding: .utf8)
        var expected: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
            guard trimmed.hasPrefix("- sellers/"), let open = trimmed.firstIndex(of: "["), let close = trimmed.lastIndex(of: "]"),
                  let colon = trimmed.range(of: ".tmpl")?.upperBound else { continue }
            let path = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<colon])
            let ids = trimmed[trimmed.index(after: open)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            expected[path] = Set(ids)
        }
        return expected
    }

    @Test func everyDemoTemplateTriggersExactlyTheRulesItsExpectationLists() throws {
        let expected = try Self.expectations()
        #expect(expected.count >= 12, "EXPECTED.md lists the demo templates")
        let result = try Agency.run(["-w", Self.demo.path, "check", "--format", "json"])
        #expect(result.status == 1, "the demo has error-level findings: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        var found: [String: Set<String>] = [:]
        for finding in findings {
            guard let file = finding["file"] as? String, let rule = finding["rule"] as? String else { continue }
            found[file, default: []].insert(rule)
        }
        for (file, rules) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(found[file, default: []] == rules, "\(file)")
        }
    }
}

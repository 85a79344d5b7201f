import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import Testing

@Suite struct SARIFReportTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")

    /// Validates `document` against the official SARIF 2.1.0 schema with Python's `jsonschema`;
    /// returns the validator's complaint, or nil when the document is valid.
    static func validate(_ document: String) throws -> String? {
        let folder = try TemporaryDirectory(prefix: "agency-sarif")
        let file = try folder.write("report.sarif", document)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            for error in errors[:5]: print("/".join(map(str, error.path)), error.message)
            sys.exit(1 if errors else 0)
            """, schema.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "exit \(process.terminationStatus): \(text)"
    }

    @Test("the sarif report validates against the official 2.1.0 schema")
    func validatesAgainstSchema() throws {
        let problem = try Self.validate(try Reports.render("sarif"))
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("the schema check rejects a report that breaks the schema")
    func validatorRejectsInvalid() throws {
        #expect(try Self.validate(#"{"version": "2.1.0", "runs": [{"results": []}]}"#) != nil)
    }

    @Test("rules[] describes every reported rule and results point at them")
    func rulesAndResults() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try Reports.render("sarif").utf8)) as? [String: Any]
        let run = try #require((object?["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["external-link", "phone-number", "acme-no-competitors", "one-message-per-order"])
        #expect((rules[0]["helpUri"] as? String) == Fixtures.rules[0].policyURL)
        #expect(((rules[0]["fullDescription"] as? [String: Any])?["text"] as? String) == Fixtures.rules[0].rationale)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Fixtures.findings.count)
        for (result, finding) in zip(results, Fixtures.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule)
            #expect(result["level"] as? String == finding.severity.rawValue)
            let location = try #require((result["locations"] as? [[String: Any]])?.first)
            if finding.order != nil {
                #expect(location["logicalLocations"] != nil)
            } else {
                let physical = try #require(location["physicalLocation"] as? [String: Any])
                #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == finding.line)
            }
        }
    }
}

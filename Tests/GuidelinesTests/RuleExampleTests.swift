import AgencyPluginAPI
import AgencyTestSupport
import Testing

/// One documented example of one rule, as a test argument.
struct DocumentedExample: Sendable, CustomTestStringConvertible {
    let rule: String
    let example: RuleExample
    let mustTrigger: Bool

    var testDescription: String {
        "\(rule) \(mustTrigger ? "flags" : "passes") [\(example.language)/\(example.format.rawValue)] \(example.body.prefix(60))"
    }

    static let all: [DocumentedExample] = {
        guard let checker = BuiltProducts.messageChecker("guidelines") else { return [] }
        return checker.rules.flatMap { rule in
            rule.triggering.map { DocumentedExample(rule: rule.id, example: $0, mustTrigger: true) }
                + rule.nonTriggering.map { DocumentedExample(rule: rule.id, example: $0, mustTrigger: false) }
        }
    }()
}

struct RuleExampleTests {
    @Test func theCheckerIsLoadedThroughThePluginHost() throws {
        let checker = try GuidelinesHarness.checker()
        #expect(checker.id == "guidelines")
    }

    @Test func everyContractRuleIsDescribedWithThreeExamplesEachWay() throws {
        let rules = try GuidelinesHarness.checker().rules
        let expected = [
            "external-link", "insecure-link", "email-address", "phone-number", "marketing", "coupon", "review-incentive",
            "review-manipulation", "review-removal", "opt-out-link", "redundant-message", "emoji", "media", "styling",
            "important-tag", "sensitive-content", "attachment", "order-id-required", "unknown-placeholder",
        ]
        #expect(Set(rules.map(\.id)) == Set(expected))
        for rule in rules {
            #expect(rule.triggering.count >= 3, "\(rule.id) needs three triggering examples")
            #expect(rule.nonTriggering.count >= 3, "\(rule.id) needs three non-triggering examples")
            #expect(rule.policyURL.hasPrefix("https://"), "\(rule.id) needs a policy link")
            #expect(!rule.rationale.isEmpty && !rule.summary.isEmpty && !rule.name.isEmpty)
            #expect(rule.checker == "guidelines")
        }
        #expect(rules.first { $0.id == "order-id-required" }?.defaultLevel == .warning)
        #expect(rules.first { $0.id == "unknown-placeholder" }?.defaultLevel == .warning)
        #expect(rules.first { $0.id == "review-manipulation" }?.fix?.contains("honest thoughts") == true)
    }

    @Test(arguments: DocumentedExample.all)
    func everyDocumentedExampleBehavesAsDocumented(_ item: DocumentedExample) throws {
        let findings = try GuidelinesHarness.prepared().check(item.example.document)
        let hits = findings.filter { $0.rule == item.rule }
        if item.mustTrigger {
            #expect(!hits.isEmpty, "expected \(item.rule); got \(findings.map(\.rule))")
            for hit in hits {
                #expect(hit.line != nil && hit.column != nil, "\(item.rule) finding has no position")
                #expect(!hit.message.isEmpty)
            }
        } else {
            #expect(hits.isEmpty, "unexpected \(item.rule): \(hits.map(\.message))")
        }
    }
}

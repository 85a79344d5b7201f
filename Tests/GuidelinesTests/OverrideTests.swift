import AgencyPluginAPI
import AgencyTestSupport
import Testing

struct OverrideTests {
    @Test func aRuleSetToOffReportsNothing() throws {
        let document = GuidelinesHarness.document("Visit www.example.com or call +1 555 123 4567.")
        let settings = RuleSettings(levels: ["external-link": .off])
        let rules = try GuidelinesHarness.ruleIDs(document, settings: settings)
        #expect(!rules.contains("external-link"))
        #expect(rules.contains("phone-number"))
    }

    @Test func aLevelOverrideChangesTheSeverity() throws {
        let document = GuidelinesHarness.document("Call +1 555 123 4567.")
        let findings = try GuidelinesHarness.prepared(RuleSettings(levels: ["phone-number": .note])).check(document)
        #expect(findings.first { $0.rule == "phone-number" }?.severity == .note)
    }

    @Test func allowedDomainsAndTheirSubdomainsAreNotExternalLinks() throws {
        let settings = RuleSettings(allowedDomains: ["example-brand.com"])
        for body in ["See https://support.example-brand.com/setup.", "See example-brand.com/care.", "See www.example-brand.com."] {
            #expect(!(try GuidelinesHarness.ruleIDs(GuidelinesHarness.document(body), settings: settings)).contains("external-link"))
        }
        let other = GuidelinesHarness.document("See https://example-brand.com.evil.net/x.")
        #expect(try GuidelinesHarness.ruleIDs(other, settings: settings).contains("external-link"))
    }

    @Test func customRulesReportUnderTheirOwnIdAndLevel() throws {
        let rule = CustomRule(id: "acme-no-competitors", level: .warning, message: "Do not mention competitors", patterns: ["\\bMegaCorp\\b"])
        let findings = try GuidelinesHarness.prepared(RuleSettings(customRules: [rule]))
            .check(GuidelinesHarness.document("Unlike megacorp, we test every unit."))
        let hit = try #require(findings.first { $0.rule == "acme-no-competitors" })
        #expect(hit.severity == .warning)
        #expect(hit.message.contains("Do not mention competitors"))
        #expect(hit.line == 5)
        #expect(hit.column == 8)
    }

    @Test func anInvalidCustomPatternIsAPluginError() throws {
        let rule = CustomRule(id: "broken", level: .error, message: "x", patterns: ["(unclosed"])
        #expect(throws: PluginError.self) { try GuidelinesHarness.prepared(RuleSettings(customRules: [rule])) }
    }

    @Test func theSellerLanguageChoosesThePackWhenTheTemplateHasNone() throws {
        let document = GuidelinesHarness.document("Bitte hinterlassen Sie eine positive Bewertung.", language: nil)
        #expect(try GuidelinesHarness.ruleIDs(document, settings: RuleSettings(sellerLanguages: ["de"])).contains("review-manipulation"))
    }

    @Test func theLanguageIsDetectedFromTheTextAsALastResort() throws {
        let document = GuidelinesHarness.document("Bonjour, merci pour votre commande. Laissez-nous un avis positif, s'il vous plaît.", language: nil)
        #expect(try GuidelinesHarness.ruleIDs(document).contains("review-manipulation"))
    }

    @Test func placeholdersAreNeverViolationsButUnknownOnesAreWarnings() throws {
        let document = GuidelinesHarness.document("Hello {{buyer_name}}, your {{product_name}} ({{asin}}) arrived {{delivery_date}}. {{review_link}} {{shop_url}}")
        let findings = try GuidelinesHarness.prepared().check(document)
        #expect(findings.map(\.rule).filter { $0 != "unknown-placeholder" && $0 != "redundant-message" }.isEmpty, "\(findings.map(\.message))")
        let unknown = try #require(findings.first { $0.rule == "unknown-placeholder" })
        #expect(unknown.severity == .warning)
        #expect(unknown.message.contains("shop_url"))
    }

    @Test func aRenderedMessageIsCheckedWithItsRealValues() throws {
        let document = GuidelinesHarness.document("Your Super Kettle www.kettle-shop.example arrived.", isRendered: true)
        #expect(try GuidelinesHarness.ruleIDs(document).contains("external-link"))
    }
}

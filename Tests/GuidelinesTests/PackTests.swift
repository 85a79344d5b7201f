import AgencyPluginAPI
import AgencyTestSupport
import Testing

struct PackTests {
    @Test func aWorkspacePackAddsPhrasesToABuiltInRule() throws {
        let folder = try TemporaryDirectory()
        try folder.write("en/marketing.yaml", "rule: marketing\nmode: extend\nphrases:\n  - our loyalty club\n")
        let settings = RuleSettings(packDirectories: [folder.path])
        let document = GuidelinesHarness.document("Join our loyalty club today.")
        #expect(try GuidelinesHarness.ruleIDs(document, settings: settings).contains("marketing"))
        // The built-in phrases still work.
        #expect(try GuidelinesHarness.ruleIDs(GuidelinesHarness.document("Follow us on Instagram."), settings: settings).contains("marketing"))
    }

    @Test func anEditedWorkspacePackIsSeenByTheNextPrepareInTheSameProcess() throws {
        let folder = try TemporaryDirectory()
        try folder.write("en/marketing.yaml", "rule: marketing\nmode: extend\nphrases:\n  - our loyalty club\n")
        let settings = RuleSettings(packDirectories: [folder.path])
        let document = GuidelinesHarness.document("Ask about the members lounge.")
        #expect(!(try GuidelinesHarness.ruleIDs(document, settings: settings).contains("marketing")))
        // As a staff member would between two checks in the REPL: the pack grows a phrase.
        try folder.write("en/marketing.yaml", "rule: marketing\nmode: extend\nphrases:\n  - our loyalty club\n  - the members lounge\n")
        #expect(try GuidelinesHarness.ruleIDs(document, settings: settings).contains("marketing"))
    }

    @Test func aWorkspacePackCanAddALanguage() throws {
        let folder = try TemporaryDirectory()
        try folder.write("nl/coupon.yaml", "rule: coupon\nphrases: [kortingscode]\n")
        let document = GuidelinesHarness.document("Gebruik de kortingscode BEDANKT.", language: "nl")
        #expect(try GuidelinesHarness.ruleIDs(document, settings: RuleSettings(packDirectories: [folder.path])).contains("coupon"))
    }

    @Test func aBrokenPackIsAPluginErrorNamingFileAndLine() throws {
        let folder = try TemporaryDirectory()
        try folder.write("en/coupon.yaml", "rule: coupon\nphrases:\n  - fine\n  - [nested, list]\n")
        let error = try #require(throws: PluginError.self) {
            try GuidelinesHarness.prepared(RuleSettings(packDirectories: [folder.path]))
        }
        #expect(error.description.contains("coupon.yaml:4:"))
    }

    @Test func anUnknownKeyOrRuleInAPackIsRejected() throws {
        let folder = try TemporaryDirectory()
        try folder.write("en/x.yaml", "rule: not-a-rule\nphrases: [a]\n")
        let error = try #require(throws: PluginError.self) {
            try GuidelinesHarness.prepared(RuleSettings(packDirectories: [folder.path]))
        }
        #expect(error.description.contains("x.yaml:1:"))
        let second = try TemporaryDirectory()
        try second.write("en/y.yaml", "rule: coupon\nphrase: [a]\n")
        #expect(throws: PluginError.self) { try GuidelinesHarness.prepared(RuleSettings(packDirectories: [second.path])) }
    }

    @Test func invalidYAMLIsReportedWithItsLine() throws {
        let folder = try TemporaryDirectory()
        try folder.write("de/coupon.yaml", "rule: coupon\nphrases:\n  - \"unclosed\n")
        let error = try #require(throws: PluginError.self) {
            try GuidelinesHarness.prepared(RuleSettings(packDirectories: [folder.path]))
        }
        #expect(error.description.contains("coupon.yaml:"))
    }
}

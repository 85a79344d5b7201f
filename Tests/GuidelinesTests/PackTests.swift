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

    /// Built-in packs of a language are parsed only when a message of that language is checked;
    /// a workspace file of the same name still replaces the built-in one.
    @Test func aWorkspacePackReplacesABuiltInFileParsedOnlyWhenNeeded() throws {
        let folder = try TemporaryDirectory()
        try folder.write("de/coupon.yaml", "rule: coupon\nphrases: [sparcode]\n")
        let settings = RuleSettings(packDirectories: [folder.path])
        func rules(_ text: String) throws -> Set<String> {
            try GuidelinesHarness.ruleIDs(GuidelinesHarness.document(text, language: "de"), settings: settings)
        }
        #expect(try rules("Mit dem Sparcode sparen Sie bei der nächsten Bestellung.").contains("coupon"))
        #expect(!(try rules("Mit dem Rabattcode DANKE10 sparen Sie.").contains("coupon")), "the built-in de coupon phrases are replaced")
        #expect(try rules("Folgen Sie uns auf Instagram für neue Produkte.").contains("marketing"), "other de files are still read")
    }

    /// A message without a declared language is told by stopwords, which every language keeps at
    /// hand though its phrases are compiled only on first use.
    @Test(arguments: [
        ("Verwenden Sie den Gutscheincode DANKE10 bei Ihrer nächsten Bestellung, und wir freuen uns auf Sie.", "coupon"),
        ("Utilisez le code promo MERCI10 sur votre prochaine commande et nous serons ravis de vous revoir.", "coupon"),
        ("Usa il codice sconto GRAZIE10 sul tuo prossimo ordine e siamo felici di rivederti.", "coupon"),
    ])
    func aMessageOfAnUndeclaredLanguageIsCheckedWithThatLanguagesPacks(_ text: String, _ rule: String) throws {
        let document = GuidelinesHarness.document(text, language: nil)
        #expect(try GuidelinesHarness.ruleIDs(document, settings: RuleSettings()).contains(rule))
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

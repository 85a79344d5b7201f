@testable import AgencyCommands
import Testing

@Suite struct CompleterTests {
    let completer = Completer(catalog: .agency, source: FakeCompletionSource())

    func candidates(_ line: String, seller: String? = nil) -> [String] {
        Completer(catalog: .agency, source: FakeCompletionSource(currentSeller: seller))
            .complete(line: line, cursor: line.count).candidates
    }

    @Test func completesCommandWords() {
        #expect(candidates("sel") == ["seller"])
        #expect(candidates("").contains("template"))
        #expect(candidates("").contains("audit"))
        #expect(candidates("agency ru") == ["rules"])
        #expect(candidates("-w demo sel") == ["seller"])
    }

    @Test func completesSubcommandWords() {
        #expect(candidates("seller ") == ["add", "list", "remove", "show"])
        #expect(candidates("template re") == ["remove", "render"])
        #expect(candidates("rules s") == ["show"])
    }

    @Test func completesTheFlagsOfTheCommandBeingTyped() {
        #expect(candidates("check --s") == ["--seller"])
        #expect(candidates("check --f") == ["--format"])
        #expect(candidates("check -").contains("--workspace"))
        #expect(candidates("check -").contains("--help"))
        #expect(!candidates("check -").contains("--version"))
        #expect(candidates("seller add acme --m") == ["--marketplace"])
        // A flag already given is not offered again; a repeatable option is.
        #expect(!candidates("check --seller acme-kitchen --").contains("--seller"))
        #expect(candidates("check --format json --").contains("--format"))
    }

    @Test func completesSellerIDs() {
        #expect(candidates("check --seller ") == ["acme-kitchen", "brightpath-uk"])
        #expect(candidates("check --seller=b") == ["brightpath-uk"])
        #expect(candidates("seller show a") == ["acme-kitchen"])
        #expect(candidates("template list b") == ["brightpath-uk"])
        #expect(candidates(".use ") == ["acme-kitchen", "brightpath-uk"])
        #expect(candidates("seller add ").isEmpty, "a new seller's id is not completed")
    }

    @Test func completesTemplateReferences() {
        #expect(candidates("template show acme-kitchen/r") == ["acme-kitchen/review-request"])
        #expect(candidates("template show b") == ["brightpath-uk/"])
        #expect(candidates("template show ", seller: "acme-kitchen")
            == ["acme-kitchen/", "acme-kitchen/delivery-followup", "acme-kitchen/review-request", "brightpath-uk/"])
    }

    @Test func completesTemplateNamesOfTheCurrentSellerOrTheLinesSeller() {
        let catalog = CommandCatalog(root: .init(name: "agency", subcommands: [
            .init(name: "send", arguments: [
                .init(names: ["--seller"], valueName: "seller"),
                .init(names: ["--template"], valueName: "template"),
            ]),
        ]))
        let withSeller = Completer(catalog: catalog, source: FakeCompletionSource(currentSeller: "acme-kitchen"))
        #expect(withSeller.complete(line: "send --template d", cursor: 17).candidates == ["delivery-followup"])
        let line = "send --seller brightpath-uk --template "
        #expect(withSeller.complete(line: line, cursor: line.count).candidates == ["welcome"])
        let noSeller = Completer(catalog: catalog, source: FakeCompletionSource())
        #expect(noSeller.complete(line: "send --template ", cursor: 16).candidates.isEmpty)
    }

    @Test func completesRuleIDs() {
        #expect(candidates("rules show e") == ["emoji", "external-link"])
        #expect(candidates("rules show rev") == ["review-manipulation"])
    }

    @Test func completesExporterIDs() {
        #expect(candidates("check --format js") == ["json", "jsonl"])
        #expect(candidates("audit --format=s") == ["sarif"])
        #expect(candidates("audit --format json:rep") == ["json:reports/"])
    }

    @Test func completesAClosedListOfValuesBeforeGuessingFromTheName() {
        let catalog = CommandCatalog(root: .init(name: "agency", subcommands: [
            .init(name: "list", arguments: [.init(names: ["--format"], valueName: "format", completion: .values(["text", "json", "csv"]))]),
        ]))
        let completer = Completer(catalog: catalog, source: FakeCompletionSource())
        #expect(completer.complete(line: "list --format ", cursor: 14).candidates == ["csv", "json", "text"])
    }

    @Test func completesPathsWhereAPathIsExpected() {
        #expect(candidates("check ") == ["README.md", "imports/", "reports/", "sellers/"])
        #expect(candidates("check sellers/") == ["sellers/acme-kitchen/"])
        #expect(candidates("check --seller acme-kitchen imports/o") == ["imports/orders.tsv"])
        #expect(candidates("template add acme-kitchen hello --file imp") == ["imports/"])
        #expect(candidates("init ") == ["imports/", "reports/", "sellers/"], "init takes a folder")
        #expect(candidates(".workspace r") == ["reports/"])
        #expect(candidates("-w ") == ["imports/", "reports/", "sellers/"])
    }

    @Test func completesConsoleCommands() {
        #expect(candidates(".") == [".exit", ".help", ".quit", ".use", ".workspace"])
        #expect(candidates(".help sel") == ["seller"])
        #expect(candidates(".help template s") == ["show"])
        #expect(candidates(".quit ").isEmpty)
    }

    @Test func completesTheWordUnderTheCursorNotTheEndOfTheLine() {
        let line = "seller sh acme-kitchen"
        #expect(completer.complete(line: line, cursor: 9).candidates == ["show"])
    }

    @Test func reportsTheWordAsTypedForInsertion() {
        let result = completer.complete(line: #"check "imp"#, cursor: 10)
        #expect(result.word == "imp")
        #expect(result.raw == #""imp"#)
        #expect(CompletionInsertion.replacements(for: result, libeditText: #""imp"#) == [#""imports/"#])
        let spaced = Completer.Result(word: "my f", raw: #"my\ f"#, candidates: ["my file.tmpl"])
        #expect(CompletionInsertion.replacements(for: spaced, libeditText: "f") == ["file.tmpl"])
        #expect(CompletionInsertion.replacements(for: spaced, libeditText: #"my\ f"#) == [#"my\ file.tmpl"#])
    }
}

@Suite struct CommandCatalogTests {
    @Test func readsArgumentParsersDescriptionOfTheTree() throws {
        let dump = #"""
        {"serializationVersion": 0, "command": {"commandName": "agency", "subcommands": [
          {"commandName": "plugins", "subcommands": [{"commandName": "list", "arguments": [
            {"kind": "option", "shouldDisplay": true, "isOptional": true, "isRepeating": false, "parsingStrategy": "default",
             "names": [{"kind": "long", "name": "kind"}], "valueName": "kind",
             "completionKind": {"list": {"values": ["checker", "exporter"]}}},
            {"kind": "flag", "shouldDisplay": true, "isOptional": true, "isRepeating": false, "parsingStrategy": "default",
             "names": [{"kind": "long", "name": "version"}], "valueName": "version"},
            {"kind": "positional", "shouldDisplay": true, "isOptional": true, "isRepeating": true, "parsingStrategy": "default",
             "valueName": "paths", "completionKind": {"file": {"extensions": []}}}]}]},
          {"commandName": "secret", "shouldDisplay": false}]}}
        """#
        let catalog = try CommandCatalog(dump: dump)
        #expect(catalog.root.subcommands.map(\.name) == ["plugins"])
        let list = try #require(catalog.root.subcommand("plugins")?.subcommand("list"))
        #expect(list.options == [.init(names: ["--kind"], valueName: "kind", completion: .values(["checker", "exporter"]))])
        #expect(list.positionals == [.init(valueName: "paths", isRepeating: true, completion: .file)])
    }

    @Test func theRealTreeIsReadable() {
        #expect(CommandCatalog.agency.root.subcommand("seller")?.subcommand("show") != nil)
        #expect(CommandCatalog.agency.root.subcommand("check")?.option("--seller") != nil)
    }
}

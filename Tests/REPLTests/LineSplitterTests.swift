@testable import AgencyCommands
import Testing

@Suite struct LineSplitterTests {
    @Test func splitsOnWhitespace() throws {
        #expect(try LineSplitter.split("  seller   show\tacme ") == ["seller", "show", "acme"])
    }

    @Test func keepsQuotedSpaces() throws {
        #expect(try LineSplitter.split(#"seller add acme --name "Acme Kitchen" --x 'a "b" c'"#)
            == ["seller", "add", "acme", "--name", "Acme Kitchen", "--x", #"a "b" c"#])
    }

    @Test func honoursBackslashEscapes() throws {
        #expect(try LineSplitter.split(#"check my\ file.tmpl a\\b \"q"#) == ["check", "my file.tmpl", #"a\b"#, #""q"#])
    }

    @Test func keepsBackslashesInsideDoubleQuotesExceptBeforeQuoteOrBackslash() throws {
        #expect(try LineSplitter.split(#""a\b \" \\""#) == [#"a\b " \"#])
        #expect(try LineSplitter.split(#"'a\b'"#) == [#"a\b"#])
    }

    @Test func joinsAdjacentQuotedParts() throws {
        #expect(try LineSplitter.split(#"--name="Acme Kitchen"x"#) == ["--name=Acme Kitchenx"])
    }

    @Test func keepsEmptyQuotedWords() throws {
        #expect(try LineSplitter.split(#"a "" b"#) == ["a", "", "b"])
    }

    @Test(arguments: [#"seller add "Acme"#, "seller add 'Acme", #"x\"#])
    func refusesUnfinishedLines(_ line: String) {
        #expect(throws: LineSplitter.SplitError.self) { try LineSplitter.split(line) }
    }

    @Test func partialSplitLeavesTheWordUnderTheCursorOpen() {
        let (words, current) = LineSplitter.splitPartial(#"check "my fi"#)
        #expect(words.map(\.value) == ["check"])
        #expect(current == LineSplitter.Word(value: "my fi", raw: #""my fi"#))
        #expect(LineSplitter.splitPartial("seller ").current.value == "")
    }
}

@Suite struct ReplDirectiveTests {
    @Test func readsConsoleCommands() throws {
        #expect(try ReplDirective.parse(".use acme") == .use("acme"))
        #expect(try ReplDirective.parse(".use") == .use(nil))
        #expect(try ReplDirective.parse(".workspace ../demo") == .workspace("../demo"))
        #expect(try ReplDirective.parse(".help seller add") == .help(["seller", "add"]))
        #expect(try ReplDirective.parse("help") == .help([]))
        #expect(try ReplDirective.parse(".quit") == .quit)
        #expect(try ReplDirective.parse(".exit") == .quit)
        #expect(try ReplDirective.parse("quit") == .quit)
        #expect(try ReplDirective.parse("exit") == .quit)
    }

    @Test func skipsBlankLinesAndComments() throws {
        #expect(try ReplDirective.parse("") == .nothing)
        #expect(try ReplDirective.parse("   ") == .nothing)
        #expect(try ReplDirective.parse("  # seller list") == .nothing)
    }

    @Test func toleratesALeadingAgencyWord() throws {
        #expect(try ReplDirective.parse("agency seller list") == .run(["seller", "list"]))
        #expect(try ReplDirective.parse("help seller") == .run(["help", "seller"]))
    }

    @Test func refusesUnknownDotCommandsAndNestedConsoles() {
        #expect(throws: ReplError("unknown console command '.frobnicate' (try .help)")) {
            try ReplDirective.parse(".frobnicate")
        }
        #expect(throws: ReplError.self) { try ReplDirective.parse("repl") }
        #expect(throws: ReplError.self) { try ReplDirective.parse(".use a b") }
        #expect(throws: ReplError("unclosed double quote")) { try ReplDirective.parse(#"seller add "x"#) }
    }
}

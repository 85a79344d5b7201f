import AgencyTestSupport
import Foundation
import Testing

/// `agency repl` with a script on standard input, end to end through the built binary.
@Suite struct ScriptModeTests {
    @Test func runsEachLineSkippingBlankLinesAndCommentsWithoutPromptOrEcho() throws {
        let demo = try DemoWorkspace()
        let result = try Agency.run(["repl"], in: demo.url, stdin: """
            # list every client
            seller list

               # indented comment
            agency seller show waldhaus-de
            """)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("acme-kitchen"))
        #expect(result.stdout.contains("Seller:        waldhaus-de"))
        #expect(!result.stdout.contains("agency("))
        #expect(!result.stdout.contains("agency>"))
        #expect(!result.stdout.contains("# list"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func useMakesLaterCommandsDefaultToTheSeller() throws {
        let demo = try DemoWorkspace()
        let result = try Agency.run(["repl"], in: demo.url, stdin: """
            seller show
            .use soleil-fr
            seller show
            .use
            seller show
            """)
        #expect(result.stdout.components(separatedBy: "Seller:        soleil-fr").count == 2, "\(result)")
        #expect(result.stderr.components(separatedBy: "give a seller id").count == 3, "\(result)")
        #expect(result.status == 2)
    }

    @Test func useAndWorkspaceAreValidated() throws {
        let demo = try DemoWorkspace()
        let elsewhere = try TemporaryDirectory()
        let result = try Agency.run(["repl"], in: elsewhere.url, stdin: """
            .use acme-kitchen
            .workspace \(elsewhere.path)
            .workspace "\(demo.path)"
            .use no-such-seller
            .use acme-kitchen
            seller show
            .workspace
            """)
        #expect(result.stderr.contains("no workspace found"), "\(result)")
        #expect(result.stderr.contains("is not a workspace"), "\(result)")
        #expect(result.stderr.contains("no seller 'no-such-seller'"), "\(result)")
        #expect(result.stdout.contains("Seller:        acme-kitchen"), "\(result)")
        #expect(result.stdout.contains(demo.url.standardizedFileURL.path), "\(result)")
        #expect(result.status == 2)
    }

    @Test func bailStopsAtTheFirstFailureWithItsCode() throws {
        let demo = try DemoWorkspace()
        let script = """
            seller show acme-kitchen
            seller show no-such-seller
            seller show brightpath-uk
            """
        let bailing = try Agency.run(["repl", "--bail"], in: demo.url, stdin: script)
        #expect(bailing.status == 2, "\(bailing)")
        #expect(bailing.stdout.contains("Seller:        acme-kitchen"))
        #expect(!bailing.stdout.contains("brightpath-uk"), "\(bailing)")

        let continuing = try Agency.run(["repl"], in: demo.url, stdin: script)
        #expect(continuing.status == 2, "\(continuing)")
        #expect(continuing.stdout.contains("Seller:        brightpath-uk"))
    }

    @Test func exitsWithTheLastFailuresCode() throws {
        let demo = try DemoWorkspace()
        try demo.folder.write("bad.tmpl", """
            ---
            subject: "Your order"
            type: delivery-followup
            ---
            Hello, see www.example.com for our other products.

            """)
        let check = try Agency.run(["check", demo.folder.url.appendingPathComponent("bad.tmpl").path])
        try #require(check.status == 1, "check of a template with an external link fails with 1: \(check)")

        let oneLast = try Agency.run(["repl"], in: demo.folder.url, stdin: "seller list -w nowhere\ncheck bad.tmpl\nplugins list\n")
        #expect(oneLast.status == 1, "\(oneLast)")
        let twoLast = try Agency.run(["repl"], in: demo.folder.url, stdin: "check bad.tmpl\n.use x\n")
        #expect(twoLast.status == 2, "\(twoLast)")
    }

    @Test func errorsPrintAndTheScriptGoesOn() throws {
        let demo = try DemoWorkspace()
        let result = try Agency.run(["repl"], in: demo.url, stdin: """
            seller add "unclosed
            frobnicate
            .frobnicate
            seller show acme-kitchen
            """)
        #expect(result.stderr.contains("unclosed double quote"), "\(result)")
        #expect(result.stderr.contains("frobnicate"), "\(result)")
        #expect(result.stderr.contains("unknown console command '.frobnicate'"), "\(result)")
        #expect(result.stdout.contains("Seller:        acme-kitchen"))
        #expect(result.status == 2)
    }

    @Test func helpListsCommandsAndShowsOneCommandsHelp() throws {
        let result = try Agency.run(["repl"], stdin: "help\n.help seller add\nseller --help\n.help nope\n")
        #expect(result.stdout.contains("Commands"), "\(result)")
        #expect(result.stdout.contains(".use [SELLER]"))
        #expect(result.stdout.contains("USAGE: agency seller add"), "\(result)")
        #expect(result.stdout.contains("USAGE: agency seller <subcommand>"), "\(result)")
        #expect(result.stderr.contains("no command 'nope'"), "\(result)")
        #expect(result.status == 2)
    }

    @Test func quitStopsReadingWithTheStatusSoFar() throws {
        let demo = try DemoWorkspace()
        let ok = try Agency.run(["repl"], in: demo.url, stdin: "seller list\nquit\n.use nobody\n")
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.stderr.isEmpty)
        let failed = try Agency.run(["repl"], in: demo.url, stdin: ".use nobody\n.exit\nseller list\n")
        #expect(failed.status == 2, "\(failed)")
        #expect(!failed.stdout.contains("acme-kitchen"))
    }

    @Test func workspaceOptionStartsTheConsoleThere() throws {
        let demo = try DemoWorkspace()
        let result = try Agency.run(["repl", "-w", demo.path], stdin: ".use acme-kitchen\nseller show\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Seller:        acme-kitchen"))
    }
}

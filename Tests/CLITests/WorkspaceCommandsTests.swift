import AgencyTestSupport
import Foundation
import Testing

@Suite struct WorkspaceCommandsTests {
    let template = """
    ---
    subject: "Your order {{order_id}}"
    type: review-request
    format: text
    ---
    Hello, please share your honest opinion about {{product_name}}.

    """

    @Test func initSellerAddTemplateAddAndListWorkEndToEnd() throws {
        let folder = try TemporaryDirectory()
        let ws = folder.url.appendingPathComponent("ws").path
        let created = try Agency.run(["init", ws, "--name", "Test Agency"])
        #expect(created.status == 0, "\(created)")
        #expect(created.stdout.contains("Created workspace 'Test Agency'"))

        let added = try Agency.run(["-w", ws, "seller", "add", "acme", "--name", "Acme Kitchen", "--marketplace", "US"])
        #expect(added.status == 0, "\(added)")
        #expect(added.stderr.isEmpty)

        let file = try folder.write("review.tmpl", template)
        let templateAdded = try Agency.run(["template", "add", "acme", "review", "--file", file.path], environment: ["AGENCY_WORKSPACE": ws])
        #expect(templateAdded.status == 0, "\(templateAdded)")

        let sellers = try Agency.run(["seller", "list"], in: URL(fileURLWithPath: ws).appendingPathComponent("sellers"))
        #expect(sellers.status == 0)
        #expect(sellers.stdout.contains("acme"))
        #expect(sellers.stdout.contains("Acme Kitchen"))
        #expect(sellers.stdout.contains("en"))

        let templates = try Agency.run(["-w", ws, "template", "list", "acme"])
        #expect(templates.stdout.contains("acme/review"))
        #expect(templates.stdout.contains("review-request"))

        let shown = try Agency.run(["-w", ws, "template", "show", "acme/review"])
        #expect(shown.stdout == template)
    }

    @Test(arguments: ["../x", "/etc", "Acme", ""])
    func badSellerIdsAreRefusedWithExitTwo(id: String) throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        let result = try Agency.run(["-w", folder.path, "seller", "add", id, "--name", "X", "--marketplace", "US"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid seller id"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: "/x"))
    }

    @Test func anInvalidTemplateIsRefusedAndNothingIsSaved() throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        _ = try Agency.run(["-w", folder.path, "seller", "add", "acme", "--name", "A", "--marketplace", "US"])
        let bad = try folder.write("bad.tmpl", "---\nsubject: Hi\ntype: newsletter\n---\nBody\n")
        let result = try Agency.run(["-w", folder.path, "template", "add", "acme", "bad", "--file", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.tmpl:3: type: unknown message type 'newsletter'"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("sellers/acme/templates/bad.tmpl").path))
    }

    @Test func aSellerFileWithAnUnknownKeyNamesFileLineAndKey() throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        try folder.write("sellers/acme/seller.yaml", "name: Acme\nmarketplaces: [US]\nfavourite-colour: red\n")
        let result = try Agency.run(["-w", folder.path, "seller", "show", "acme"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("agency: error: sellers/acme/seller.yaml:3: favourite-colour: unknown key"))
    }

    @Test func aCommandOutsideAnyWorkspaceSaysHowToCreateOne() throws {
        let folder = try TemporaryDirectory()
        let result = try Agency.run(["seller", "list"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("agency init PATH"))
    }

    @Test func aCorruptLedgerIsReportedAndNeverOverwritten() throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        let junk = String(repeating: "this is not a database ", count: 200)
        try folder.write("ledger.sqlite", junk)
        let result = try Agency.run(["-w", folder.path, "seller", "add", "acme", "--name", "A", "--marketplace", "US"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("ledger.sqlite: not a valid ledger database"))
        #expect(try folder.read("ledger.sqlite") == junk)
    }

    @Test func configShowNamesTheLayerOfEachValue() throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        try folder.write("sellers/acme/seller.yaml", "name: Acme\nmarketplaces: [US]\nrules:\n  phone-number: warning\n")
        let result = try Agency.run(["-w", folder.path, "config", "show", "--seller", "acme"])
        #expect(result.status == 0, "\(result)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("rules.phone-number ") })
        #expect(line.contains("warning"))
        #expect(line.hasSuffix("sellers/acme/seller.yaml:4"))
        let external = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("rules.external-link ") })
        #expect(external.hasSuffix("default"))
    }

    @Test func versionAndUsageErrorsFollowTheExitCodeContract() throws {
        let version = try Agency.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
        let unknown = try Agency.run(["frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("agency: error:"))
    }
}

import AgencyTestSupport
import Foundation
import Testing

@Suite struct PluginsCommandTests {
    @Test func pluginsListFindsTheBuiltInsFromAnotherDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        let result = try Agency.run(["plugins", "list"], in: elsewhere.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("libAgencyPluginGuidelines.so"))
        #expect(result.stdout.contains("libAgencyPluginJSON.so"))
    }

    @Test func pluginsListAsJSONListsLoadedAndSkipped() throws {
        let extra = try TemporaryDirectory()
        try extra.write("libAgencyPluginJunk.so", "junk")
        let result = try Agency.run(["plugins", "list", "--format", "json"], environment: ["AGENCY_PLUGIN_PATH": extra.path])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let loaded = try #require(object["loaded"] as? [[String: Any]])
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(loaded.contains { $0["id"] as? String == "guidelines" && $0["kind"] as? String == "checker" })
        #expect(skipped.contains { ($0["path"] as? String)?.hasSuffix("libAgencyPluginJunk.so") == true })
    }

    @Test func aThirdPartyPluginInTheWorkspaceIsUsedByCheck() throws {
        let folder = try TemporaryDirectory()
        _ = try Agency.run(["init", folder.path])
        try FileManager.default.copyItem(at: BuiltProducts.library("libExampleBannedWordsPlugin.so"),
                                         to: folder.url.appendingPathComponent("plugins/libAgencyPluginBannedWords.so"))
        let file = try folder.write("offer.tmpl", "---\nsubject: Order {{order_id}}\ntype: product-instructions\n---\nThis cheap trick keeps the pan clean.\n")
        let result = try Agency.run(["-w", folder.path, "check", "--format", "json", file.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let banned = try #require(findings.first { $0["rule"] as? String == "banned-word" })
        #expect(banned["line"] as? Int == 5)
        #expect(banned["column"] as? Int == 6)
        #expect(banned["severity"] as? String == "warning")
    }
}

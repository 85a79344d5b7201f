import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import PluginHost
import Testing

@Suite struct PluginLoaderTests {
    @Test func loadsTheBuiltInPluginsFromTheirSharedLibraries() throws {
        let registry = BuiltProducts.plugins
        let files = registry.loaded.map { ($0.path as NSString).lastPathComponent }
        #expect(files.contains("libAgencyPluginGuidelines.so"))
        #expect(files.contains("libAgencyPluginText.so"))
        #expect(files.contains("libAgencyPluginJSON.so"))
        #expect(registry.messageCheckers.contains { $0.id == "guidelines" })
        #expect(registry.exporter("text") != nil)
        #expect(registry.exporter("json") != nil)
        // The API library shares the file prefix but is not a plugin, so it is neither loaded nor skipped.
        #expect(!registry.skipped.contains { $0.path.hasSuffix("libAgencyPluginAPI.so") })
    }

    @Test func skipsALibraryWithoutTheEntryPoints() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(at: BuiltProducts.library("libAgencyPluginAPI.so"),
                                         to: folder.url.appendingPathComponent("libAgencyPluginBogus.so"))
        let registry = PluginLoader().load(directories: [folder.path])
        #expect(registry.loaded.isEmpty)
        #expect(registry.skipped.count == 1)
        #expect(registry.skipped.first?.reason.contains("no agency_plugin_abi_version entry point") == true)
    }

    @Test func skipsAFileThatIsNotALibrary() throws {
        let folder = try TemporaryDirectory()
        try folder.write("libAgencyPluginJunk.so", "not an ELF file")
        let registry = PluginLoader().load(directories: [folder.path])
        #expect(registry.loaded.isEmpty)
        #expect(registry.skipped.first?.reason.hasPrefix("cannot load:") == true)
    }

    @Test func skipsAPluginBuiltForAnotherABIVersion() throws {
        let folder = try TemporaryDirectory()
        let source = try folder.write("future.c", """
        int agency_plugin_abi_version(void) { return 99; }
        void agency_plugin_register(void *registrar) { (void)registrar; }
        """)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-o", folder.url.appendingPathComponent("libAgencyPluginFuture.so").path, source.path]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0)
        let registry = PluginLoader().load(directories: [folder.path])
        #expect(registry.loaded.isEmpty)
        #expect(registry.skipped.first?.reason.contains("ABI version 99") == true)
    }

    @Test func findsAPluginInTheWorkspacePluginsFolder() throws {
        let workspace = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("plugins"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuiltProducts.library("libExampleBannedWordsPlugin.so"),
                                         to: workspace.url.appendingPathComponent("plugins/libAgencyPluginBannedWords.so"))
        let folders = PluginLoader.searchDirectories(workspace: workspace.path, environment: [:], executablePath: nil)
        let registry = PluginLoader().load(directories: folders)
        let checker = try #require(registry.messageCheckers.first { $0.id == "banned-words" })
        let findings = try checker.prepare(settings: RuleSettings())
            .check(MessageDocument(body: TextField(text: "A cheap trick", line: 5)))
        #expect(findings.map(\.rule) == ["banned-word"])
        #expect(findings.first?.line == 5)
        #expect(findings.first?.column == 3)
    }

    @Test func aDuplicateIdIsSkippedAndTheFirstPluginWins() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        for folder in [first, second] {
            try FileManager.default.copyItem(at: BuiltProducts.library("libExampleBannedWordsPlugin.so"),
                                             to: folder.url.appendingPathComponent("libAgencyPluginBannedWords.so"))
        }
        let registry = PluginLoader().load(directories: [first.path, second.path])
        #expect(registry.loaded.count == 1)
        #expect(registry.loaded.first?.path.hasPrefix(first.path) == true)
        #expect(registry.skipped.first?.reason.contains("duplicate id 'banned-words'") == true)
    }

    @Test func theSearchOrderIsEnvironmentWorkspaceInstallThenExecutableFolder() {
        let folders = PluginLoader.searchDirectories(workspace: "/ws", environment: ["AGENCY_PLUGIN_PATH": "/a:/b"],
                                                     executablePath: "/opt/agency/bin/agency")
        #expect(folders == ["/a", "/b", "/ws/plugins", "/opt/agency/lib/agency/plugins", "/opt/agency/bin"])
    }
}

// swift-tools-version: 6.1
import PackageDescription

/// Every plugin is a target under `Plugins/<directory>` and a dynamic library product
/// `AgencyPlugin<name>`; it depends on the plugin API package only.
struct PluginSpec {
    let name: String
    let directory: String
    var extraDependencies: [Target.Dependency] = []
    var resources: [Resource]? = nil
    var product: String { "AgencyPlugin\(name)" }
}

let builtInPlugins: [PluginSpec] = [
    PluginSpec(name: "Guidelines", directory: "Guidelines", extraDependencies: ["CLibXML2", "Yams"],
               resources: [.copy("Packs")]),
    PluginSpec(name: "Ledger", directory: "Ledger"),
    PluginSpec(name: "Text", directory: "TextExporter"),
    PluginSpec(name: "JSON", directory: "JSONExporter"),
    PluginSpec(name: "JSONL", directory: "JSONLExporter"),
    PluginSpec(name: "CSV", directory: "CSVExporter"),
    PluginSpec(name: "Markdown", directory: "MarkdownExporter"),
    PluginSpec(name: "HTML", directory: "HTMLExporter"),
    PluginSpec(name: "SARIF", directory: "SARIFExporter"),
    PluginSpec(name: "JUnit", directory: "JUnitExporter"),
    PluginSpec(name: "Checkstyle", directory: "CheckstyleExporter"),
]

let pluginAPI: Target.Dependency = .product(name: "AgencyPluginAPI", package: "PluginAPI")
let strict: [SwiftSetting] = []

let package = Package(
    name: "agency-console",
    products: [
        .executable(name: "agency", targets: ["agency"]),
        // The example plugin's library name does not match `libAgencyPlugin*.so`, so it is not
        // loaded as a built-in; the README and tests install it into `<workspace>/plugins/`.
        .library(name: "ExampleBannedWordsPlugin", type: .dynamic, targets: ["ExampleBannedWords"]),
    ] + builtInPlugins.map { .library(name: $0.product, type: .dynamic, targets: [$0.product]) },
    dependencies: [
        .package(path: "Plugins/PluginAPI"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CEditLine", path: "Sources/CEditLine", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .target(name: "AgencyCore", dependencies: [
            pluginAPI, "Yams", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "AgencyStore", dependencies: [
            "AgencyCore", pluginAPI, .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "PluginHost", dependencies: [pluginAPI]),
        .target(name: "AgencyKit", dependencies: ["AgencyCore", "AgencyStore", "PluginHost", pluginAPI]),
        .target(name: "AgencyCommands", dependencies: [
            "AgencyKit", "CEditLine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "agency",
            dependencies: ["AgencyCommands"],
            linkerSettings: [
                // Installed layout: bin/agency finds lib/agency/libAgencyPluginAPI.so.
                .unsafeFlags(["-Xlinker", "-rpath", "-Xlinker", "$ORIGIN/../lib/agency"]),
            ]
        ),
        // Benchmarks: `make bench` runs the release build against references (grep, sqlite3) in the same run.
        .executableTarget(name: "agency-bench", path: "Sources/AgencyBench"),
        .target(name: "ExampleBannedWords", dependencies: [pluginAPI], path: "Plugins/Examples/BannedWords"),
        .target(name: "AgencyTestSupport", dependencies: ["PluginHost", pluginAPI], path: "Tests/AgencyTestSupport"),
        .testTarget(name: "AgencyCoreTests", dependencies: ["AgencyCore", "AgencyTestSupport"]),
        .testTarget(name: "AgencyStoreTests", dependencies: ["AgencyStore", "AgencyTestSupport"]),
        .testTarget(name: "PluginHostTests", dependencies: ["PluginHost", "AgencyKit", "AgencyTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["AgencyTestSupport"]),
        .testTarget(name: "GuidelinesTests", dependencies: ["AgencyKit", "AgencyTestSupport"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "LedgerTests", dependencies: ["AgencyKit", "AgencyStore", "AgencyTestSupport"]),
        .testTarget(name: "ExporterTests", dependencies: ["AgencyKit", "AgencyTestSupport"],
                    resources: [.copy("Golden"), .copy("Schemas")]),
        .testTarget(name: "REPLTests", dependencies: ["AgencyCommands", "AgencyTestSupport"]),
    ] + builtInPlugins.map {
        .target(name: $0.product, dependencies: [pluginAPI] + $0.extraDependencies, path: "Plugins/\($0.directory)",
                resources: $0.resources)
    },
    swiftLanguageModes: [.v6]
)

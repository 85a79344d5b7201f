// swift-tools-version: 6.1
// The plugin API is its own package so that SwiftPM builds it as one shared
// dynamic library: the host and every plugin then see the same type metadata,
// and `as?` casts across the dlopen boundary work.
import PackageDescription

let package = Package(
    name: "PluginAPI",
    products: [
        .library(name: "AgencyPluginAPI", type: .dynamic, targets: ["AgencyPluginAPI"]),
    ],
    targets: [
        .target(
            name: "AgencyPluginAPI",
            swiftSettings: [
                .unsafeFlags(["-enable-library-evolution"]),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

import AgencyPluginAPI
import Foundation
import PluginHost

/// Where the build put the `agency` binary and the plugin libraries.
///
/// Tests run from `.build/<config>/…PackageTests.xctest`, which sits beside them;
/// `AGENCY_BUILD_DIR` overrides that.
public enum BuiltProducts {
    public static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["AGENCY_BUILD_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let exe = PluginLoader.currentExecutablePath() ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }()

    /// The built `agency` executable.
    public static var agency: URL { directory.appendingPathComponent("agency") }

    /// A built library in the products folder, e.g. `libExampleBannedWordsPlugin.so`.
    public static func library(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The built-in plugins, loaded once from their `.so` files through the real plugin host.
    public static let plugins: PluginRegistry = PluginLoader().load(directories: [directory.path])

    /// The built-in message checker with `id` (e.g. `guidelines`).
    public static func messageChecker(_ id: String) -> (any MessageChecker)? {
        plugins.messageCheckers.first { $0.id == id }
    }

    /// The built-in ledger checker with `id` (e.g. `ledger`).
    public static func ledgerChecker(_ id: String) -> (any LedgerChecker)? {
        plugins.ledgerCheckers.first { $0.id == id }
    }
}

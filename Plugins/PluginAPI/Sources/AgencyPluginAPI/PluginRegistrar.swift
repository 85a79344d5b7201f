/// Collects what one plugin registers. The host passes it to the plugin's register entry
/// point as an unmanaged pointer; the plugin adds its checkers and exporters.
///
/// A plugin's entry points look like this:
/// ```swift
/// @_cdecl("agency_plugin_abi_version")
/// public func agencyPluginABIVersion() -> Int32 { PluginABI.compiledVersion }
///
/// @_cdecl("agency_plugin_register")
/// public func agencyPluginRegister(_ raw: UnsafeMutableRawPointer) {
///     let registrar = PluginRegistrar.from(raw)
///     registrar.describe(id: "my-plugin", version: "1.0.0")
///     registrar.add(exporter: MyExporter())
/// }
/// ```
public final class PluginRegistrar: @unchecked Sendable {
    /// Plugin id and version, as the plugin describes itself.
    public private(set) var pluginID: String?
    public private(set) var pluginVersion: String?
    public private(set) var messageCheckers: [any MessageChecker] = []
    public private(set) var ledgerCheckers: [any LedgerChecker] = []
    public private(set) var exporters: [any Exporter] = []

    public init() {}

    /// Recovers the registrar from the pointer the host passed to `agency_plugin_register`.
    public static func from(_ raw: UnsafeMutableRawPointer) -> PluginRegistrar {
        Unmanaged<PluginRegistrar>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The pointer to hand to a plugin's register entry point.
    public func unmanagedPointer() -> UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    public func describe(id: String, version: String) {
        pluginID = id
        pluginVersion = version
    }

    public func add(messageChecker: any MessageChecker) { messageCheckers.append(messageChecker) }
    public func add(ledgerChecker: any LedgerChecker) { ledgerCheckers.append(ledgerChecker) }
    public func add(exporter: any Exporter) { exporters.append(exporter) }
}

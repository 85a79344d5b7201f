import AgencyPluginAPI

/// The plugin's ABI version, checked by the host before it registers anything.
@_cdecl("agency_plugin_abi_version")
public func agencyPluginABIVersion() -> Int32 { PluginABI.compiledVersion }

/// Registers the `guidelines` message checker with the host.
@_cdecl("agency_plugin_register")
public func agencyPluginRegister(_ raw: UnsafeMutableRawPointer) {
    let registrar = PluginRegistrar.from(raw)
    registrar.describe(id: "guidelines", version: "1.0.0")
    registrar.add(messageChecker: GuidelinesChecker())
}

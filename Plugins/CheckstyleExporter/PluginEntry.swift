import AgencyPluginAPI

@_cdecl("agency_plugin_abi_version")
public func agencyPluginABIVersion() -> Int32 { PluginABI.compiledVersion }

@_cdecl("agency_plugin_register")
public func agencyPluginRegister(_ raw: UnsafeMutableRawPointer) {
    let registrar = PluginRegistrar.from(raw)
    registrar.describe(id: "checkstyle", version: "0.1.0")
    registrar.add(exporter: CheckstyleExporter())
}

import AgencyPluginAPI

@_cdecl("agency_plugin_abi_version")
public func agencyPluginABIVersion() -> Int32 { PluginABI.compiledVersion }

@_cdecl("agency_plugin_register")
public func agencyPluginRegister(_ raw: UnsafeMutableRawPointer) {
    let registrar = PluginRegistrar.from(raw)
    registrar.describe(id: "ledger", version: "1.0.0")
    registrar.add(ledgerChecker: LedgerRuleChecker())
}

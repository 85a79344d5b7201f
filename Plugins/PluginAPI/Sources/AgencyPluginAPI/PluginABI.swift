/// The version handshake between the host and a plugin.
///
/// `compiledVersion` is emitted into the client that uses it, so a plugin carries the
/// number it was built against; `loadedVersion` lives in the shared library, so the host
/// reads the number of the API it actually loaded. A plugin whose number differs is skipped.
public enum PluginABI {
    /// The ABI version a client (plugin or host) was compiled against.
    @_alwaysEmitIntoClient
    public static var compiledVersion: Int32 { 4 }

    /// The ABI version of the loaded `libAgencyPluginAPI.so`.
    public static var loadedVersion: Int32 { 4 }

    /// Name of the C entry point that returns the plugin's ABI version (`Int32`).
    public static let versionSymbol = "agency_plugin_abi_version"

    /// Name of the C entry point that receives an unmanaged `PluginRegistrar` pointer.
    public static let registerSymbol = "agency_plugin_register"
}

import AgencyPluginAPI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds `libAgencyPlugin*.so` files and loads them (ARCHITECTURE §2).
///
/// Libraries are opened with `RTLD_NOW | RTLD_LOCAL` and never closed: their type
/// metadata must stay mapped for as long as the process uses what they registered.
public struct PluginLoader: Sendable {
    public static let filePrefix = "libAgencyPlugin"
    public static let fileSuffix = ".so"
    /// The plugin API library sits beside the plugins and shares their prefix; it is not a plugin.
    static let apiLibrary = "libAgencyPluginAPI.so"

    public init() {}

    /// The folders to scan, in order: `$AGENCY_PLUGIN_PATH` (colon-separated), `<workspace>/plugins`,
    /// `<exe dir>/../lib/agency/plugins`, then the executable's own folder.
    public static func searchDirectories(workspace: String?, environment: [String: String],
                                         executablePath: String? = currentExecutablePath()) -> [String] {
        var folders: [String] = []
        if let list = environment["AGENCY_PLUGIN_PATH"] {
            folders += list.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        if let workspace { folders.append((workspace as NSString).appendingPathComponent("plugins")) }
        if let executablePath {
            let exeDir = (executablePath as NSString).deletingLastPathComponent
            folders.append(((exeDir as NSString).appendingPathComponent("../lib/agency/plugins") as NSString).standardizingPath)
            folders.append(exeDir)
        }
        return folders
    }

    /// The running executable, resolved through `/proc/self/exe`.
    public static func currentExecutablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// Loads every plugin found in `directories`; problems become `skipped` entries, never errors.
    public func load(directories: [String]) -> PluginRegistry {
        var registry = PluginRegistry()
        var seenFiles = Set<String>()
        for folder in directories {
            for path in Self.candidates(in: folder) {
                let real = (path as NSString).resolvingSymlinksInPath
                guard seenFiles.insert(real).inserted else { continue }
                if let reason = load(path: path, into: &registry) {
                    registry.skipped.append(SkippedPlugin(path: path, reason: reason))
                }
            }
        }
        return registry
    }

    /// Plugin files in `folder`, sorted by name; a missing folder has none.
    static func candidates(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names
            .filter { $0.hasPrefix(filePrefix) && $0.hasSuffix(fileSuffix) && $0 != apiLibrary }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    private typealias VersionFunction = @convention(c) () -> Int32
    private typealias RegisterFunction = @convention(c) (UnsafeMutableRawPointer) -> Void

    /// Loads one library; returns the reason when it is skipped.
    func load(path: String, into registry: inout PluginRegistry) -> String? {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let detail = dlerror().map { String(cString: $0) } ?? "unknown error"
            return "cannot load: \(detail.split(separator: "\n").first.map(String.init) ?? detail)"
        }
        guard let versionSymbol = dlsym(handle, PluginABI.versionSymbol) else {
            return "not an Agency plugin: no \(PluginABI.versionSymbol) entry point"
        }
        guard let registerSymbol = dlsym(handle, PluginABI.registerSymbol) else {
            return "not an Agency plugin: no \(PluginABI.registerSymbol) entry point"
        }
        let pluginABI = unsafeBitCast(versionSymbol, to: VersionFunction.self)()
        guard pluginABI == PluginABI.loadedVersion, pluginABI == PluginABI.compiledVersion else {
            return "ABI version \(pluginABI), this agency speaks \(PluginABI.loadedVersion): rebuild the plugin against this plugin API"
        }
        let registrar = PluginRegistrar()
        unsafeBitCast(registerSymbol, to: RegisterFunction.self)(registrar.unmanagedPointer())
        return registry.merge(registrar, path: path)
    }
}

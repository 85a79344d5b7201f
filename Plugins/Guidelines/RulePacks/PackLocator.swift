import AgencyPluginAPI

/// `Dl_info` from `<dlfcn.h>` (not exported by the Glibc module without `_GNU_SOURCE`).
private struct DynamicLibraryInfo {
    var fileName: UnsafePointer<CChar>?
    var fileBase: UnsafeMutableRawPointer?
    var symbolName: UnsafePointer<CChar>?
    var symbolAddress: UnsafeMutableRawPointer?
}

@_silgen_name("dladdr")
private func dynamicLibraryAddress(_ address: UnsafeRawPointer?, _ info: UnsafeMutablePointer<DynamicLibraryInfo>?) -> Int32

/// Finds the built-in rule packs at run time.
///
/// SwiftPM copies `Packs/` into `agency-console_AgencyPluginGuidelines.resources/` next to the
/// plugin's `.so`; the folder of the `.so` comes from `dladdr` on one of the plugin's own functions
/// (`Bundle.module` would trap when the folder is missing). `$AGENCY_GUIDELINES_PACKS` is the fallback.
enum PackLocator {
    static let bundleName = "agency-console_AgencyPluginGuidelines.resources"
    static let environmentKey = "AGENCY_GUIDELINES_PACKS"

    static func builtInDirectory() throws -> String {
        var tried: [String] = []
        if let library = libraryPath() {
            let candidate = FileSystem.join(FileSystem.directoryName(library), bundleName, "Packs")
            if FileSystem.isDirectory(candidate) { return candidate }
            tried.append(candidate)
        }
        if let override = FileSystem.environment(environmentKey), !override.isEmpty {
            if FileSystem.isDirectory(override) { return override }
            tried.append(override)
        }
        let places = tried.isEmpty ? "" : " (looked in \(tried.joined(separator: ", ")))"
        throw PluginError("guidelines: built-in rule packs not found\(places); install \(bundleName) next to the plugin or set \(environmentKey)")
    }

    /// Path of the shared library that holds this code.
    static func libraryPath() -> String? {
        // A C function pointer to code in this library: the thunk lives in the plugin's own `.so`.
        let entry: @convention(c) () -> Int32 = { 0 }
        let address = unsafeBitCast(entry, to: UnsafeRawPointer.self)
        var info = DynamicLibraryInfo()
        guard dynamicLibraryAddress(address, &info) != 0, let name = info.fileName else { return nil }
        let path = String(cString: name)
        return path.hasPrefix("/") ? path : FileSystem.join(FileSystem.currentDirectory(), path)
    }

    static func isDirectory(_ path: String) -> Bool { FileSystem.isDirectory(path) }
}

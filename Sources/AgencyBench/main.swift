import Foundation

// agency-bench: measures the release build of `agency` against references in the same run.
// Usage: agency-bench [--quick] [--only check|import|ledger|startup] [--check-mb N] [--rows N] [--data DIR] [--out FILE]
let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let quick = arguments.contains("--quick")
let only = option("--only")
let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
let agency = option("--agency") ?? ((executable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("agency")
let data = option("--data") ?? FileManager.default.currentDirectoryPath + "/bench-data"
try? FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)

let report = BenchReport()
var sizes: BenchSizes = quick ? .quick : .full
if let megabytes = option("--check-mb").flatMap(Int.init) { sizes.checkBytes = megabytes << 20 }
if let rows = option("--rows").flatMap(Int.init) {
    sizes.importRows = rows
    sizes.ledgerOrders = rows
}
let suites = Suites(agency: agency, data: data, repoRoot: FileManager.default.currentDirectoryPath, sizes: sizes, report: report)
print("agency-bench: \(quick ? "quick smoke run" : "full run"), agency at \(agency), data in \(data)")
var failed = false
for (name, suite) in [("startup", suites.startup), ("check", suites.check), ("import", suites.importOrders), ("ledger", suites.planAndAudit)]
    where only == nil || only == name {
    do {
        try suite()
    } catch {
        print("  \(name): FAILED: \(error)")
        failed = true
    }
}
print("")
print(report.markdown)
if let out = option("--out") {
    try? report.markdown.write(toFile: out, atomically: true, encoding: .utf8)
}
exit(failed ? 1 : 0)

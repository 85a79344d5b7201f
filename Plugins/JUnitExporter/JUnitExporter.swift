import AgencyPluginAPI

/// JUnit XML for CI test dashboards: one `<testsuite>` per seller, one `<testcase>` per
/// template file or order with findings, a `<failure>` per error-level finding; warnings and
/// notes go to the test case's `<system-out>`. Sellers the summary lists without findings get
/// an empty suite, so a clean seller shows up as checked. Findings only.
struct JUnitExporter: Exporter {
    let id = "junit"
    let summary = "JUnit XML for CI test dashboards: a suite per seller, a failure per error"
    let fileExtension = "xml"
    let supportedKinds: Set<ReportKind> = [.findings]

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        guard kind == .findings else { throw PluginError("the junit format writes findings only, not \(kind.rawValue)") }
        return JUnitWriter(sink: sink, timestamp: ReportFormatting.timestamp(options.generatedAt))
    }
}

/// Groups consecutive findings: the host sends them sorted by seller, then file or order.
/// A suite's counts belong in its opening tag, so one seller's test cases are held until the
/// seller changes; memory is bounded by the largest seller's findings, not the whole report.
final class JUnitWriter: ReportWriter {
    private let sink: any ReportSink
    private let timestamp: String
    private var seller: String?
    private var suiteBody = ""
    private var suiteTests = 0
    private var suiteFailures = 0
    private var testCase: (name: String, file: String?)?
    private var failures = ""
    private var systemOut = ""
    private var sellersSeen = Set<String>()

    init(sink: any ReportSink, timestamp: String) {
        self.sink = sink
        self.timestamp = timestamp
    }

    func begin(columns: [String]) throws {
        try sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"agency\" timestamp=\"\(timestamp)\">\n")
    }

    func write(finding: Finding) throws {
        let findingSeller = finding.seller ?? ReportFormatting.noSeller
        if findingSeller != seller {
            try flushSuite()
            seller = findingSeller
            sellersSeen.insert(findingSeller)
        }
        let name = finding.order.map { "order \($0)" } ?? finding.file ?? finding.template ?? findingSeller
        if testCase?.name != name {
            flushCase()
            testCase = (name, finding.order == nil ? finding.file : nil)
        }
        let line = "\(ReportFormatting.location(of: finding)): \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
            + (finding.fix.map { "\nfix: \($0)" } ?? "")
        if finding.severity == .error {
            failures += "      <failure type=\"\(a(finding.rule))\" message=\"\(a(finding.message))\">\(x(line))</failure>\n"
            suiteFailures += 1
        } else {
            systemOut += x(line) + "\n"
        }
    }

    func write(row: [String?]) throws {
        throw PluginError("the junit format writes findings only")
    }

    func finish(summary: ReportSummary) throws {
        try flushSuite()
        for listed in summary.sellers where !sellersSeen.contains(listed.seller) {
            try sink.write("  <testsuite name=\"\(a(listed.seller))\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\" "
                + "timestamp=\"\(timestamp)\"/>\n")
        }
        try sink.write("</testsuites>\n")
    }

    private func flushCase() {
        guard let testCase else { return }
        suiteTests += 1
        suiteBody += "    <testcase classname=\"\(a(seller ?? ""))\" name=\"\(a(testCase.name))\""
            + (testCase.file.map { " file=\"\(a($0))\"" } ?? "") + ">\n" + failures
        if !systemOut.isEmpty { suiteBody += "      <system-out>\(systemOut)</system-out>\n" }
        suiteBody += "    </testcase>\n"
        self.testCase = nil
        failures = ""
        systemOut = ""
    }

    private func flushSuite() throws {
        flushCase()
        guard let seller else { return }
        try sink.write("  <testsuite name=\"\(a(seller))\" tests=\"\(suiteTests)\" failures=\"\(suiteFailures)\" errors=\"0\" "
            + "skipped=\"0\" timestamp=\"\(timestamp)\">\n" + suiteBody + "  </testsuite>\n")
        self.seller = nil
        suiteBody = ""
        suiteTests = 0
        suiteFailures = 0
    }

    private func x(_ text: String) -> String { ReportFormatting.xmlEscaped(text) }
    private func a(_ text: String) -> String { ReportFormatting.xmlAttribute(text) }
}

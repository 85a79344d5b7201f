/// A report writer whose findings are independent lines of bytes (JSON Lines): the host may encode
/// findings where they are found, on its ledger reading threads, with encoders from
/// `makeFindingEncoder()`, and hand the writer the encoded lines in report order. An audit of a
/// million orders then never copies its findings to the writing thread one by one.
///
/// The host uses the encoded path only when every report of a run takes it; a writer still gets
/// other findings through `write(finding:)`, between the encoded blocks, in report order.
public protocol FindingLineWriter: ReportWriter {
    /// An encoder of this writer's lines; each is used on one thread at a time.
    func makeFindingEncoder() -> any FindingLineEncoder
    /// Writes lines made by this writer's encoders, exactly as `write(finding:)` of each would have.
    func write(encodedFindings lines: UnsafeRawBufferPointer) throws
}

/// Encodes findings into the lines of a `FindingLineWriter`.
public protocol FindingLineEncoder: Sendable {
    /// Appends the line of `finding` (with its line end) to `bytes`.
    func append(_ finding: Finding, to bytes: inout [UInt8])
}

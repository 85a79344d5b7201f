/// A seller's id: lowercase letters, digits and `-`, 1 to 64 characters.
///
/// It names a folder under `sellers/`, so anything else (slashes, dots, capitals) is refused.
public struct SellerID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Validates `raw`; throws a `UsageError` that explains the allowed form.
    public init(_ raw: String) throws {
        guard Self.isValid(raw) else {
            let shown = raw.isEmpty ? "(empty)" : "'\(raw)'"
            throw UsageError("invalid seller id \(shown): use 1 to 64 lowercase letters, digits and '-'")
        }
        rawValue = raw
    }

    public static func isValid(_ raw: String) -> Bool {
        let utf8 = raw.utf8
        guard (1...64).contains(utf8.count) else { return false }
        return utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: SellerID, rhs: SellerID) -> Bool { lhs.rawValue < rhs.rawValue }
}

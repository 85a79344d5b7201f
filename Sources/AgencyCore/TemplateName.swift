/// A template's name: the file name without `.tmpl`. Same alphabet as seller ids plus `_`.
public enum TemplateName {
    public static func validate(_ raw: String) throws {
        let utf8 = raw.utf8
        let valid = (1...64).contains(utf8.count) && utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        guard valid else {
            throw UsageError("invalid template name '\(raw)': use 1 to 64 lowercase letters, digits, '-' and '_'")
        }
    }
}

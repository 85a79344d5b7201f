/// Bad user input: a file that cannot be read or parsed, a bad value, an unknown key.
///
/// Printed as one line, `file:line: field: message`, and mapped to exit code 2.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = ""
        if let file { place += file }
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        if let column, line != nil { place += ":\(column)" }
        if let field { place += place.isEmpty ? field : ": \(field)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

/// A request that cannot be carried out as asked (unknown seller, name taken, ...); exit code 2.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

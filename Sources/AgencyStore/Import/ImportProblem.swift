import AgencyCore

/// A bad row: where it is and what is wrong, printed `file:line:column: field: message`.
struct ImportProblem: Error {
    let file: String
    let line: Int
    /// 1-based column (field number) of the bad value.
    let column: Int
    let field: String
    let message: String

    var description: String { "\(file):\(line):\(column): \(field): \(message)" }

    /// As the input error the CLI maps to exit code 2.
    var inputError: InputError { InputError(file: "\(file):\(line):\(column)", field: field, message) }
}

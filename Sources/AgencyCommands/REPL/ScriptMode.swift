/// The console with standard input that is not a terminal: no prompt, no echo, no colour,
/// one command a line, blank lines and `#` comments skipped.
enum ScriptMode {
    /// Runs every line `nextLine` gives. Returns 0 when every command succeeded, else the last
    /// failure's code; with `bail`, stops at the first failure and returns its code.
    static func run(_ interpreter: inout ReplInterpreter, bail: Bool, nextLine: () -> String?) -> Int32 {
        var status: Int32 = 0
        while let line = nextLine() {
            switch interpreter.execute(line) {
            case .skipped, .finished(0):
                continue
            case .finished(let code):
                status = code
                if bail { return code }
            case .quit:
                return status
            }
        }
        return status
    }
}

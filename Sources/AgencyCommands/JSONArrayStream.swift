import Foundation

/// Prints a JSON array one element at a time, exactly as `Output.json` prints the whole array
/// (pretty, sorted keys), so a plan of millions of rows never sits in memory.
final class JSONArrayStream {
    private let encoder: JSONEncoder
    private var count = 0

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    /// Prints one element, indented as an array element.
    func append<T: Encodable>(_ value: T) throws {
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        print(count == 0 ? "[\n" + indented : ",\n" + indented, terminator: "")
        count += 1
    }

    /// Ends the array (an empty one as `Output.json` prints it).
    func finish() throws {
        if count == 0 {
            Output.line(try Output.json([String]()))
        } else {
            print("\n]")
        }
    }
}

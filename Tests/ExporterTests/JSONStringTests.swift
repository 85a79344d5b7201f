import AgencyPluginAPI
import Foundation
import Testing

/// `ReportFormatting.jsonString` looks for bytes to escape eight at a time; every such byte must be
/// found wherever it sits in the word, and nothing else may be escaped.
@Suite struct JSONStringTests {
    static let needEscape: [String] = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}"]
    static let plain: [String] = [" ", "!", "#", "[", "~", "é", "’", "€", "😀"]

    @Test(arguments: needEscape)
    func escapesAtEveryPosition(_ special: String) throws {
        for length in 0..<20 {
            for position in 0...length {
                let filler = Array(repeating: "a", count: length)
                let text = (filler[..<position] + [special] + filler[position...]).joined()
                let literal = ReportFormatting.jsonString(text)
                // A raw quote or backslash would not decode to `text`; the others are legal raw in
                // JSON (U+007F, U+2028/9) or rejected by the decoder only, so look for them too.
                if special != "\"", special != "\\" {
                    #expect(!literal.dropFirst().dropLast().contains(special), "not escaped: \(literal)")
                }
                #expect(try Self.decode(literal) == text)
            }
        }
    }

    @Test(arguments: plain)
    func leavesOtherCharactersAlone(_ character: String) throws {
        for length in 0..<20 {
            let text = String(repeating: "b", count: length) + character + String(repeating: "c", count: 19 - length)
            #expect(ReportFormatting.jsonString(text) == "\"\(text)\"")
        }
    }

    static func decode(_ literal: String) throws -> String {
        try JSONDecoder().decode([String].self, from: Data("[\(literal)]".utf8))[0]
    }
}

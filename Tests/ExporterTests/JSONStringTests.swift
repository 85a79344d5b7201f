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

    /// A finding's object takes a small space when nothing needs escaping, and the worst case
    /// otherwise: both, and texts longer than the small space, must decode to the finding's values.
    @Test(arguments: ["plain text", "a \"quoted\" word", "tab\there", "\u{2028}", String(repeating: "long ", count: 300),
                      String(repeating: "\u{01}", count: 400)])
    func findingObjectsDecodeToTheirValues(_ message: String) throws {
        // A plain seller, and one that needs escaping itself.
        for seller in ["s001", "s\\1"] {
            let finding = Finding(rule: "review-window", severity: .error, message: message, seller: seller,
                                  order: "111-0000000-0000000", messageID: 42)
            let json = ReportFormatting.jsonObject(finding)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
            #expect(object["message"] as? String == message)
            #expect(object["seller"] as? String == seller)
            #expect(object["rule"] as? String == "review-window")
            #expect(object["order"] as? String == "111-0000000-0000000")
            #expect(object["message_id"] as? Int == 42)
        }
    }

    static func decode(_ literal: String) throws -> String {
        try JSONDecoder().decode([String].self, from: Data("[\(literal)]".utf8))[0]
    }
}

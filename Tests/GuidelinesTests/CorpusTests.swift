import AgencyPluginAPI
import Foundation
import Testing

/// One labelled message of the corpus (`Corpus/<language>.jsonl`, one JSON object a line).
struct CorpusMessage: Decodable, Sendable {
    var id: String
    var subject: String?
    var body: String
    var format: MessageFormat?
    var type: String?
    var attachments: [AgencyPluginAPI.Attachment]?
    /// The exact set of rule ids the message must produce.
    var expect: [String]
}

/// Precision, recall and false alarms of the checker over one language's corpus.
struct CorpusScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var compliant = 0
    var falseAlarms = 0
    var messages = 0
    var mistakes: [String] = []

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var falseAlarmRate: Double { compliant == 0 ? 0 : Double(falseAlarms) / Double(compliant) }

    var description: String {
        String(format: "%d messages, P %.3f R %.3f F1 %.3f, false alarms %d/%d", messages, precision, recall, f1, falseAlarms, compliant)
    }
}

struct CorpusTests {
    static let languages = ["en", "de", "fr", "es", "it"]

    /// `Corpus/<name>.jsonl`, from the test bundle or beside this file.
    static func corpusURL(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Corpus")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name).jsonl")
    }

    static func load(_ name: String) throws -> [CorpusMessage] {
        let url = try #require(corpusURL(name))
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try decoder.decode(CorpusMessage.self, from: Data($0.utf8))
        }
    }

    /// Scores the corpus file `name` (default: the language's own corpus) against its labels.
    static func score(_ language: String, file name: String? = nil) throws -> CorpusScore {
        let checker = try GuidelinesHarness.prepared()
        var score = CorpusScore()
        for message in try load(name ?? language) {
            let document = GuidelinesHarness.document(
                message.body, subject: message.subject ?? "Your order {{order_id}}", format: message.format ?? .text,
                type: message.type ?? "delivery-followup", language: language, attachments: message.attachments ?? [])
            let found = Set(checker.check(document).map(\.rule))
            let expected = Set(message.expect)
            score.messages += 1
            score.truePositives += found.intersection(expected).count
            score.falsePositives += found.subtracting(expected).count
            score.falseNegatives += expected.subtracting(found).count
            if expected.isEmpty {
                score.compliant += 1
                if !found.isEmpty { score.falseAlarms += 1 }
            }
            if found != expected {
                score.mistakes.append("\(message.id): missed \(expected.subtracting(found).sorted()), extra \(found.subtracting(expected).sorted())")
            }
        }
        return score
    }

    @Test(arguments: languages)
    func theCorpusMeetsThePrecisionAndRecallTargets(_ language: String) throws {
        let score = try Self.score(language)
        let target = language == "en" ? 0.95 : 0.90
        #expect(score.messages >= 60, "\(language): corpus too small")
        #expect(score.f1 >= target, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
        #expect(score.falseAlarmRate <= 0.03, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
        print("corpus \(language): \(score)")
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil {
            print(score.mistakes.map { "  \(language) \($0)" }.joined(separator: "\n"))
        }
    }
}

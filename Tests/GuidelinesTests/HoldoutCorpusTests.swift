import AgencyPluginAPI
import Foundation
import Testing

/// A held-out corpus (`Corpus/holdout-<language>.jsonl`), written from GUIDELINES.md §1 without looking at the
/// rule packs or the plugin code, to estimate how the `guidelines` checker generalises beyond its own corpus.
/// Same line format as `CorpusTests`; scored with the targets of issue 3.
struct HoldoutCorpusTests {
    static let languages = ["en", "de", "fr", "es", "it"]

    static func holdoutURL(_ language: String) -> URL? {
        Bundle.module.url(forResource: "holdout-\(language)", withExtension: "jsonl", subdirectory: "Corpus")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/holdout-\(language).jsonl")
    }

    static func load(_ language: String) throws -> [CorpusMessage] {
        let url = try #require(holdoutURL(language))
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try decoder.decode(CorpusMessage.self, from: Data($0.utf8))
        }
    }

    static func score(_ language: String) throws -> CorpusScore {
        let checker = try GuidelinesHarness.prepared()
        var score = CorpusScore()
        for message in try load(language) {
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
    func theHoldoutCorpusMeetsThePrecisionAndRecallTargets(_ language: String) throws {
        let score = try Self.score(language)
        let target = language == "en" ? 0.95 : 0.90
        print(String(format: "holdout %@: %@, false-alarm rate %.3f", language, score.description, score.falseAlarmRate))
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil {
            print(score.mistakes.map { "  holdout \(language) \($0)" }.joined(separator: "\n"))
        }
        #expect(score.messages >= 60, "\(language): holdout corpus too small")
        #expect(score.f1 >= target, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
        #expect(score.falseAlarmRate <= 0.03, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
    }
}

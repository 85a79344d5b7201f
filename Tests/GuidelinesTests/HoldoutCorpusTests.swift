import AgencyPluginAPI
import Foundation
import Testing

/// A held-out corpus (`Corpus/holdout-<language>.jsonl`), written from GUIDELINES.md §1 without looking at the
/// rule packs or the plugin code, to estimate how the `guidelines` checker generalises beyond its own corpus.
/// Same line format as `CorpusTests`; scored with the targets of issue 3.
struct HoldoutCorpusTests {
    static let languages = ["en", "de", "fr", "es", "it"]

    static func score(_ language: String) throws -> CorpusScore {
        try CorpusTests.score(language, file: "holdout-\(language)")
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

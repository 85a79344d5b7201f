import AgencyPluginAPI
import Foundation
import Testing

/// Held-out corpora (`Corpus/holdout-<language>.jsonl`, `holdout2-` and later sets, each written by
/// someone else), each written from GUIDELINES.md §1 without looking at the rule packs or the plugin
/// code, to estimate how the `guidelines` checker generalises beyond its own corpus. Same line format
/// as `CorpusTests`.
///
/// `sets` have been tuned on since (their misses were looked at and fixed), so they are held to the
/// targets of issue 3. `untunedSets` have never been looked at: their scores are the honest estimate
/// for unseen text, printed by the test and guarded only against a large regression. Never tune on
/// an untuned set: once its mistakes have been read, move it to `sets` and write a new one.
struct HoldoutCorpusTests {
    static let languages = ["en", "de", "fr", "es", "it"]
    static let sets = ["holdout", "holdout2", "holdout3", "holdout4", "holdout6", "holdout9", "holdout10", "holdout11", "holdout12", "holdout14", "holdout15"]
    static let untunedSets = ["holdout5", "holdout7", "holdout13", "holdout16"]

    static func score(_ language: String, set: String = "holdout") throws -> CorpusScore {
        try CorpusTests.score(language, file: "\(set)-\(language)")
    }

    @Test(arguments: sets, languages)
    func theHoldoutCorpusMeetsThePrecisionAndRecallTargets(_ set: String, _ language: String) throws {
        let score = try Self.score(language, set: set)
        let target = language == "en" ? 0.95 : 0.90
        print(String(format: "%@ %@: %@, false-alarm rate %.3f", set, language, score.description, score.falseAlarmRate))
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil {
            print(score.mistakes.map { "  \(set) \(language) \($0)" }.joined(separator: "\n"))
        }
        #expect(score.messages >= 60, "\(language): holdout corpus too small")
        #expect(score.f1 >= target, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
        #expect(score.falseAlarmRate <= 0.03, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
    }

    /// Compliant-only sets written to trap a checker into false alarms (`precision<N>-<language>`,
    /// every `expect` empty), held to the false-alarm target of issue 3.
    static let precisionSets = ["precision1"]

    @Test(arguments: precisionSets, languages)
    func compliantLookAlikesRaiseFewFalseAlarms(_ set: String, _ language: String) throws {
        let score = try Self.score(language, set: set)
        print(String(format: "precision %@ %@: false alarms %d/%d, rate %.3f", set, language, score.falseAlarms, score.compliant, score.falseAlarmRate))
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil {
            print(score.mistakes.map { "  \(set) \(language) \($0)" }.joined(separator: "\n"))
        }
        #expect(score.compliant == score.messages && score.messages >= 50, "\(set) \(language): a precision set holds compliant messages only")
        #expect(score.falseAlarmRate <= 0.03, "\(language): \(score)\n\(score.mistakes.joined(separator: "\n"))")
    }

    /// The untuned estimate: scores printed (mistakes never, so nobody tunes on them), with a floor
    /// well below the targets that catches only a large regression (0.75: holdout15, the hardest set
    /// so far, scored 0.80 in French before anyone read it).
    @Test(arguments: untunedSets, languages)
    func theUntunedHoldoutCorpusScoresAreReported(_ set: String, _ language: String) throws {
        let score = try Self.score(language, set: set)
        print(String(format: "untuned %@ %@: %@, false-alarm rate %.3f", set, language, score.description, score.falseAlarmRate))
        #expect(score.messages >= 60, "\(language): holdout corpus too small")
        #expect(score.f1 >= 0.75, "\(set) \(language): F1 \(score.f1) fell far below the target")
        #expect(score.falseAlarmRate <= 0.15, "\(set) \(language): false-alarm rate \(score.falseAlarmRate) far above the target")
    }
}

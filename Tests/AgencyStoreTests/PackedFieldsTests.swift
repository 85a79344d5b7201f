@testable import AgencyStore
import Testing

/// The packed columns' integers are read eight digits at a time when eight follow; every length,
/// sign and malformed shape must read as the plain decimal it is, or as damaged.
@Suite struct PackedFieldsTests {
    static func read(_ text: String) -> Int64? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Int64? in
            guard let base = buffer.baseAddress else { return nil }
            var fields = PackedFields(base: UnsafePointer(base), end: buffer.count)
            return fields.number()
        }
    }

    @Test(arguments: 1...18)
    func numbersOfEveryLengthReadAsTheirDecimal(_ length: Int) {
        for seed in 0..<20 {
            // Digits that vary with position and seed, every digit 0...9 in some place.
            let digits = String((0..<length).map { Character(String(($0 * 7 + seed * 3 + length) % 10)) })
            let expected = Int64(digits)
            #expect(Self.read(digits + ",") == expected, "\(digits)")
            #expect(Self.read(digits + ",12:more text") == expected, "\(digits) followed by more")
            #expect(Self.read("-" + digits + ",") == expected.map { -$0 }, "-\(digits)")
        }
    }

    @Test(arguments: ["", ",", "-,", "12345678", "1234567a,", "12345678a,", "1234:678,", "12345678901234567890,", "1 2,", "/2345678,"])
    func malformedNumbersAreDamage(_ text: String) {
        #expect(Self.read(text) == nil)
    }
}

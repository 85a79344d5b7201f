import AgencyCore
import Testing

@Suite struct SellerIDTests {
    @Test(arguments: ["acme", "acme-kitchen", "a1", String(repeating: "x", count: 64)])
    func acceptsLowercaseLettersDigitsAndDashes(raw: String) throws {
        #expect(try SellerID(raw).rawValue == raw)
    }

    @Test(arguments: ["", "../x", "/etc", "Acme", "acme kitchen", "acme_kitchen", "a.b", String(repeating: "x", count: 65), "ä"])
    func refusesAnythingElse(raw: String) {
        #expect(throws: UsageError.self) { try SellerID(raw) }
    }
}

import AgencyCore
import AgencyPluginAPI
import AgencyTestSupport
import Testing

@Suite struct ConfigLayeringTests {
    let defaults = [
        RuleDescriptor(id: "phone-number", name: "", summary: "", rationale: "", policyURL: "", checker: "guidelines"),
        RuleDescriptor(id: "one-message-per-order", name: "", summary: "", rationale: "", policyURL: "", checker: "ledger"),
        RuleDescriptor(id: "order-id-required", name: "", summary: "", rationale: "", policyURL: "", defaultLevel: .warning, checker: "guidelines"),
    ]

    func workspace(_ workspaceYAML: String, seller sellerYAML: String) throws -> (TemporaryDirectory, Workspace) {
        let folder = try TemporaryDirectory()
        try folder.write("workspace.yaml", workspaceYAML)
        try folder.write("sellers/acme/seller.yaml", sellerYAML)
        return (folder, try Workspace(root: folder.path))
    }

    @Test func laterLayersWinKeyByKeyAndNameTheirSource() throws {
        let (folder, workspace) = try self.workspace("""
        name: Test
        rules:
          phone-number: warning
          one-message-per-order: note
        allowed-domains: [agency.example]
        """, seller: """
        name: Acme
        marketplaces: [US]
        rules:
          one-message-per-order: off
        """)
        _ = folder
        let seller = try workspace.seller(SellerID("acme"))
        let effective = try EffectiveRules(defaults: defaults, layers: [workspace.config.overrides, seller.overrides])
        let byID = Dictionary(uniqueKeysWithValues: effective.rules.map { ($0.id, $0) })
        #expect(byID["phone-number"]?.level == .warning)
        #expect(byID["phone-number"]?.source == "workspace.yaml:3")
        #expect(byID["one-message-per-order"]?.level == .off)
        #expect(byID["one-message-per-order"]?.source == "sellers/acme/seller.yaml:4")
        #expect(byID["order-id-required"]?.level == .warning)
        #expect(byID["order-id-required"]?.source == "default")
        #expect(effective.allowedDomains == ["agency.example"])
        #expect(effective.allowedDomainsSource == "workspace.yaml")
    }

    @Test func anUnknownRuleIdIsAnErrorWithFileLineAndSuggestion() throws {
        let (folder, workspace) = try self.workspace("name: Test\n", seller: "name: Acme\nmarketplaces: [US]\nrules:\n  phone-numbr: off\n")
        _ = folder
        let seller = try workspace.seller(SellerID("acme"))
        #expect {
            _ = try EffectiveRules(defaults: defaults, layers: [workspace.config.overrides, seller.overrides])
        } throws: { error in
            "\(error)" == "sellers/acme/seller.yaml:4: rules.phone-numbr: unknown rule id (did you mean 'phone-number'?)"
        }
    }

    @Test(arguments: [
        ("name: Acme\nmarketplaces: [US]\ncolour: red\n", "sellers/acme/seller.yaml:3: colour: unknown key"),
        ("name: Acme\nmarketplaces: [XX]\n", "sellers/acme/seller.yaml:2: marketplaces: unknown marketplace 'XX'"),
        ("name: Acme\nmarketplaces: [US]\nrules:\n  phone-number: loud\n", "sellers/acme/seller.yaml:4: rules.phone-number: invalid level 'loud'"),
        ("name: Acme\nmarketplaces: [US]\nlanguages: [english]\n", "sellers/acme/seller.yaml:3: languages: invalid language 'english'"),
        ("marketplaces: [US]\n", "sellers/acme/seller.yaml:1: name: missing seller name"),
        ("name: Acme\nmarketplaces: [US]\ncustom-rules:\n  - id: x\n    patterns: ['(unclosed']\n", "sellers/acme/seller.yaml:5: custom-rules.patterns: invalid regular expression"),
        ("name: Acme\nmarketplaces: [US\n", "sellers/acme/seller.yaml:"),
    ])
    func aBadSellerFileNamesFileLineAndKey(yaml: String, expected: String) throws {
        let (folder, workspace) = try self.workspace("name: Test\n", seller: yaml)
        _ = folder
        #expect {
            _ = try workspace.seller(SellerID("acme"))
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
    }

    @Test func customRulesAreLayeredAndCannotShadowBuiltIns() throws {
        let (folder, workspace) = try self.workspace("""
        name: Test
        custom-rules:
          - id: no-megacorp
            level: warning
            message: "Do not mention competitors"
            patterns: ['\\bMegaCorp\\b']
        """, seller: "name: Acme\nmarketplaces: [US]\nrules:\n  no-megacorp: error\n")
        _ = folder
        let seller = try workspace.seller(SellerID("acme"))
        let effective = try EffectiveRules(defaults: defaults, layers: [workspace.config.overrides, seller.overrides])
        #expect(effective.customRules.map(\.id) == ["no-megacorp"])
        #expect(effective.levels["no-megacorp"] == .error)

        let (other, shadowing) = try self.workspace("name: T\ncustom-rules:\n  - id: phone-number\n    patterns: ['x']\n", seller: "name: A\nmarketplaces: [US]\n")
        _ = other
        #expect(throws: InputError.self) {
            _ = try EffectiveRules(defaults: defaults, layers: [shadowing.config.overrides])
        }
    }

    @Test func theWorkspaceIsFoundUpwardFromTheCurrentFolder() throws {
        let (folder, _) = try self.workspace("name: Upward\n", seller: "name: Acme\nmarketplaces: [US]\n")
        let nested = folder.url.appendingPathComponent("sellers/acme").path
        let found = try Workspace.locate(explicit: nil, environment: [:], currentDirectory: nested)
        #expect(found?.config.name == "Upward")
        #expect(try Workspace.locate(explicit: nil, environment: [:], currentDirectory: "/") == nil)
    }
}

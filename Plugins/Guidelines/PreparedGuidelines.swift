import AgencyPluginAPI

/// The guidelines checker bound to one seller's settings. Immutable, so one value serves every thread.
struct PreparedGuidelines: PreparedMessageChecker {
    let levels: [String: RuleLevel]
    let fixes: [String: String]
    let allowedDomains: [String]
    let library: PackLibrary
    let sellerLanguages: [String]
    let customRules: [CompiledCustomRule]
    /// Which rules `fieldFindings` runs, worked out once instead of for every field.
    private let fieldRules: FieldRules

    /// The per-field rules that are on.
    private struct FieldRules {
        var links: Bool
        var phones: Bool
        var emoji: Bool
        /// The phrase-list rules that are on, in `PhraseRules` order.
        var phraseRules: [String]
        var reviewRemoval: Bool
        var reviewManipulation: Bool
        var reviewIncentive: Bool
    }

    init(levels: [String: RuleLevel], fixes: [String: String], allowedDomains: [String], library: PackLibrary,
         sellerLanguages: [String], customRules: [CompiledCustomRule]) {
        self.levels = levels
        self.fixes = fixes
        self.allowedDomains = allowedDomains
        self.library = library
        self.sellerLanguages = sellerLanguages
        self.customRules = customRules
        func isOn(_ rule: String) -> Bool { (levels[rule] ?? .off) != .off }
        fieldRules = FieldRules(
            links: isOn("external-link") || isOn("insecure-link") || isOn("email-address"),
            phones: isOn("phone-number"), emoji: isOn("emoji"),
            phraseRules: ["marketing", "coupon", "opt-out-link", "sensitive-content"].filter(isOn),
            reviewRemoval: isOn("review-removal"), reviewManipulation: isOn("review-manipulation"),
            reviewIncentive: isOn("review-incentive"))
    }

    /// Findings of one rule in one field are capped, so a 10 MB body of links stays readable.
    static let findingsPerRuleAndField = 50

    /// Rules whose findings give a message a purpose of its own, so it is not `redundant-message`.
    static let purposeRules: Set<String> = [
        "marketing", "coupon", "review-incentive", "review-manipulation", "review-removal", "opt-out-link",
    ]

    private func isOn(_ rule: String) -> Bool { (levels[rule] ?? .off) != .off }

    func language(for message: MessageDocument) -> CompiledLanguage? {
        if let pack = library.pack(for: message.language) { return pack }
        if let pack = library.pack(for: sellerLanguages.first) { return pack }
        let sample = Array(message.subject.text.utf8.prefix(500)) + [0x20] + Array(message.body.text.utf8.prefix(6000))
        return library.detect(sample) ?? library.anyPack
    }

    func check(_ message: MessageDocument) -> [Finding] {
        guard let pack = language(for: message) else { return [] }
        let mask = !message.isRendered
        var pending: [PendingFinding] = []

        let subject = FieldContext(name: .subject, text: ScanText.plain(message.subject.text, maskPlaceholders: mask), pack: pack)
        let html: HTMLModel? = message.format == .html ? HTMLParser.parse(message.body.text, maskPlaceholders: mask) : nil
        let bodyText = html?.text ?? ScanText.plain(message.body.text, maskPlaceholders: mask)
        let body = FieldContext(name: .body, text: bodyText, pack: pack)

        var bodyRuleSentences = Set<Int>()
        // The subject's findings, then the body's (without an array of the two, which copied both).
        pending += fieldFindings(subject)
        let before = pending.count
        pending += fieldFindings(body)
        for finding in pending[before...] {
            if case .field(_, let offset) = finding.place, Self.purposeRules.contains(finding.rule) {
                bodyRuleSentences.insert(body.sentences.sentence(at: scanOffset(ofSource: offset, in: body)))
            }
        }
        if isOn("redundant-message") {
            pending += RedundancyRule.check(body, hasAttachments: !message.attachments.isEmpty, declaredType: message.type,
                                              otherRuleSentences: bodyRuleSentences)
        }
        if let html {
            pending += HTMLRules.attributes(html, allowedDomains: allowedDomains)
            if isOn("media") { pending += HTMLRules.media(html) }
            if isOn("styling") { pending += HTMLRules.styling(html) }
        }
        if isOn("important-tag") { pending += MetadataRules.importantTag(message) }
        if isOn("attachment") { pending += MetadataRules.attachments(message) }
        if isOn("order-id-required") { pending += MetadataRules.orderID(message) }
        if isOn("unknown-placeholder") { pending += MetadataRules.placeholders(message) }
        for custom in customRules {
            pending += custom.check(subject)
            pending += custom.check(body)
        }
        return resolve(pending, message: message)
    }

    /// Only used to find the sentence of a finding; approximate mapping back from source offsets.
    private func scanOffset(ofSource source: Int, in field: FieldContext) -> Int {
        let anchors = field.text.anchors
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].source <= source { low = mid } else { high = mid - 1 }
        }
        guard !anchors.isEmpty else { return source }
        return anchors[low].scan + max(0, source - anchors[low].source)
    }

    private func fieldFindings(_ field: FieldContext) -> [PendingFinding] {
        var found: [PendingFinding] = []
        // The field's links, scanned once for the link rules and the phone rule.
        var scannedLinks: [LinkScanner.Hit]?
        func links() -> [LinkScanner.Hit] {
            if let scannedLinks { return scannedLinks }
            let hits = LinkScanner.scan(field.text)
            scannedLinks = hits
            return hits
        }
        if fieldRules.links {
            found += ContactRules.links(field, hits: links(), allowedDomains: allowedDomains)
        }
        if fieldRules.phones { found += ContactRules.phones(field, words: library.phoneWords, links: links) }
        if fieldRules.emoji { found += ContactRules.emoji(field) }
        found += PhraseRules.check(field, rules: fieldRules.phraseRules)
        let removal = ReviewRules.removal(field)
        if fieldRules.reviewRemoval { found += removal.findings }
        if fieldRules.reviewManipulation { found += ReviewRules.manipulation(field, skipping: removal.sentences) }
        if fieldRules.reviewIncentive { found += ReviewRules.incentive(field) }
        return found
    }

    /// Applies levels, caps, de-duplication and file positions.
    private func resolve(_ pending: [PendingFinding], message: MessageDocument) -> [Finding] {
        guard !pending.isEmpty else { return [] }
        var subjectLocator: SourceLocator?
        var bodyLocator: SourceLocator?
        func locate(_ name: FieldContext.Name, _ offset: Int) -> SourcePosition {
            if name == .subject {
                if subjectLocator == nil { subjectLocator = SourceLocator(message.subject) }
                return subjectLocator?.position(ofUTF8Offset: offset) ?? SourcePosition(line: message.subject.line, column: message.subject.column)
            }
            if bodyLocator == nil { bodyLocator = SourceLocator(message.body) }
            return bodyLocator?.position(ofUTF8Offset: offset) ?? SourcePosition(line: message.body.line, column: message.body.column)
        }
        let customLevels = Dictionary(customRules.map { ($0.rule.id, $0.rule.level) }, uniquingKeysWith: { first, _ in first })
        var counts: [CountKey: Int] = [:]
        var seen = Set<PlaceKey>()
        var findings: [Finding] = []
        for item in pending {
            guard let level = levels[item.rule] ?? customLevels[item.rule], level != .off else { continue }
            let field: String
            var position: SourcePosition?
            switch item.place {
            case .field(let name, let offset):
                field = name.rawValue
                position = locate(name, offset)
            case .line(let name, let line, let column):
                field = name
                if let line { position = SourcePosition(line: line, column: column ?? 1) }
            }
            let countKey = CountKey(rule: item.rule, field: field)
            guard counts[countKey, default: 0] < Self.findingsPerRuleAndField else { continue }
            let key = PlaceKey(rule: item.rule, field: field, line: position?.line ?? 0, column: position?.column ?? 0)
            guard seen.insert(key).inserted else { continue }
            counts[countKey, default: 0] += 1
            findings.append(Finding(
                rule: item.rule, severity: level, message: item.message,
                file: message.origin.file, seller: message.origin.seller, template: message.origin.template,
                field: field, line: position?.line, column: position?.column, fix: fixes[item.rule]))
        }
        return findings.sorted { ($0.line ?? 0, $0.column ?? 0, $0.rule) < ($1.line ?? 0, $1.column ?? 0, $1.rule) }
    }

    /// Findings are capped per rule and field.
    private struct CountKey: Hashable {
        var rule: String
        var field: String
    }

    /// One finding per rule, field and file position.
    private struct PlaceKey: Hashable {
        var rule: String
        var field: String
        var line: Int
        var column: Int
    }
}

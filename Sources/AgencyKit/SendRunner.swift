import AgencyCore
import AgencyPluginAPI
import AgencyStore
import Foundation

/// `agency send`: render a template with the order's ledger data, check the message, guard it with
/// every ledger rule, then record it and write its outbox request, the guard and the record in one
/// immediate transaction.
///
/// Orders that are not in the ledger are refused (a usage error): without the order, no ledger rule
/// could guard the send. (`template render` still previews unknown orders with sample data.)
public struct SendRunner {
    public let session: AgencySession

    public init(session: AgencySession) {
        self.session = session
    }

    public struct Request: Sendable {
        public var seller: SellerConfig
        public var template: String
        public var orderID: String
        public var at: Date
        /// `message` or `solicitations-api`; nil picks Solicitations for review requests, else a message.
        public var channel: String?
        public var dryRun: Bool

        public init(seller: SellerConfig, template: String, orderID: String, at: Date, channel: String?, dryRun: Bool) {
            self.seller = seller
            self.template = template
            self.orderID = orderID
            self.at = at
            self.channel = channel
            self.dryRun = dryRun
        }
    }

    public struct Outcome: Sendable {
        /// Message findings and ledger findings, in report order.
        public var findings: [Finding]
        public var document: MessageDocument
        public var channel: String
        /// Nil when refused or on a dry run.
        public var messageID: Int64?
        public var outboxPath: String?
        public var request: OutboxEntry.Request?
        public var refused: Bool { findings.contains { $0.severity == .error } }
    }

    public func send(_ request: Request) throws -> Outcome {
        let workspace = try session.requireWorkspace()
        let seller = request.seller
        let sellerID = seller.id.rawValue
        let template = try workspace.template(seller: seller.id, name: request.template)
        guard let type = MessageType.named(template.type) else { throw UsageError("unknown message type '\(template.type)'") }
        let ledger = try session.ledger()
        guard let details = try ledger.orderDetails(seller: sellerID, orderID: request.orderID, includePersonalData: false) else {
            throw UsageError("order \(request.orderID) is not in the ledger for seller \(sellerID); import it with 'agency orders import --seller \(sellerID) FILE' (send never guesses order data)")
        }
        let channel = request.channel ?? (type.id == "review-request" ? "solicitations-api" : "message")
        guard ["message", "solicitations-api"].contains(channel) else {
            throw UsageError("unknown channel '\(channel)' (use message or solicitations-api)")
        }
        if channel == "solicitations-api", type.id != "review-request" {
            throw UsageError("the Solicitations API only sends review requests; template '\(request.template)' is \(type.id)")
        }
        let values = RenderValues.ledger(details, seller: seller)
        var document = try TemplateRenderer.render(template, values: values, defaultLanguage: seller.languages.first)
        document.origin = MessageOrigin(file: template.displayPath, seller: sellerID, template: template.name)
        let messageFindings = MessageCheck(checkers: try session.preparedCheckers(for: seller)).findings(for: document, source: template.source)
        let marketplace = Marketplace.find(details.order.marketplace) ?? seller.marketplaces.first.flatMap(Marketplace.find)
        let apiRequest = SendOutbox.request(type: type, channel: channel, orderID: request.orderID,
                                            marketplaceID: marketplace?.id ?? details.order.marketplace, document: document)
        var outcome = Outcome(findings: messageFindings, document: document, channel: channel, request: apiRequest)
        let candidate = LedgerMessage(orderID: request.orderID, type: type.id, channel: channel, template: template.name,
                                      language: channel == "message" ? document.language : nil, sentAt: request.at)
        let settings = try session.ruleSettings(for: seller)
        let checkers = session.plugins.ledgerCheckers
        let guardSend: SendGuard = { candidate, order, history, source in
            var findings: [Finding] = []
            for checker in checkers {
                findings += try checker.guardSend(candidate, order: order, history: history, ledger: source, settings: settings)
                    .filter { $0.severity != .off }
            }
            return findings
        }
        if request.dryRun || outcome.refused {
            let checked = try ledger.checkWithoutRecording(candidate, seller: sellerID, primaryMarketplace: seller.marketplaces.first,
                                                           guard: guardSend)
            outcome.findings = (messageFindings + checked.findings).sorted(by: Finding.reportOrder)
            return outcome
        }
        var outboxPath: String?
        let recorded = try ledger.record(
            candidate, seller: sellerID, primaryMarketplace: seller.marketplaces.first, source: "console",
            contentHash: Ledger.contentHash(document.subject.text + "\n" + document.body.text), command: "send",
            guard: guardSend
        ) { messageID, _ in
            let entry = OutboxEntry(
                seller: sellerID, order: request.orderID, template: template.name, type: type.id, channel: channel,
                marketplaceId: marketplace?.id ?? details.order.marketplace, messageId: messageID,
                createdAt: LedgerFormat.timestamp(request.at), request: apiRequest,
                subject: channel == "message" ? document.subject.text : nil,
                text: channel == "message" ? SendOutbox.plainText(document) : nil)
            outboxPath = try SendOutbox.write(entry, workspace: workspace, at: request.at)
        }
        outcome.findings = (messageFindings + recorded.findings).sorted(by: Finding.reportOrder)
        outcome.messageID = recorded.messageID
        outcome.outboxPath = outboxPath
        return outcome
    }
}

import AgencyCore
import AgencyPluginAPI
import AgencyStore
import Foundation

/// The Selling Partner API request a sent message stands for, as written to `<workspace>/outbox/`.
public struct OutboxEntry: Encodable, Sendable {
    public struct Request: Encodable, Sendable {
        public var operation: String
        public var method: String
        public var path: String
        /// JSON body; nil for the Solicitations call, which takes none.
        public var body: [String: OutboxValue]?
    }

    public var seller: String
    public var order: String
    public var template: String
    public var type: String
    public var channel: String
    public var marketplaceId: String
    public var messageId: Int64
    public var createdAt: String
    /// The API call; nil for free-form messages, which go through Seller Central's Buyer-Seller Messaging.
    public var request: Request?
    /// Subject and text of a free-form message.
    public var subject: String?
    public var text: String?

    enum CodingKeys: String, CodingKey {
        case seller, order, template, type, channel, request, subject, text
        case marketplaceId = "marketplace_id"
        case messageId = "message_id"
        case createdAt = "created_at"
    }
}

/// A JSON value in an outbox request body.
public enum OutboxValue: Encodable, Sendable {
    case string(String)
    case objects([[String: String]])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .objects(let list): try container.encode(list)
        }
    }
}

/// Builds outbox requests (DOMAIN.md §2: Messaging API v1 and Solicitations API v1).
public enum SendOutbox {
    /// Path suffix of each Messaging API operation under `/messaging/v1/orders/{id}/messages/`.
    static let messagingPaths: [String: String] = [
        "confirmCustomizationDetails": "confirmCustomizationDetails",
        "createConfirmDeliveryDetails": "confirmDeliveryDetails",
        "createConfirmOrderDetails": "confirmOrderDetails",
        "createConfirmServiceDetails": "confirmServiceDetails",
        "createUnexpectedProblem": "unexpectedProblem",
        "createLegalDisclosure": "legalDisclosure",
        "CreateWarranty": "warranty",
        "createDigitalAccessKey": "digitalAccessKey",
        "sendInvoice": "invoice",
    ]
    static let attachmentOperations: Set<String> = ["createLegalDisclosure", "CreateWarranty", "sendInvoice", "createDigitalAccessKey", "confirmCustomizationDetails"]
    static let textlessOperations: Set<String> = ["createLegalDisclosure", "CreateWarranty", "sendInvoice"]

    /// The request for `document` of `type` sent through `channel` for `orderID` on `marketplaceID`.
    public static func request(type: MessageType, channel: String, orderID: String, marketplaceID: String,
                               document: MessageDocument) -> OutboxEntry.Request? {
        let query = "?marketplaceIds=\(marketplaceID)"
        if channel == "solicitations-api" {
            return .init(operation: "createProductReviewAndSellerFeedbackSolicitation", method: "POST",
                         path: "/solicitations/v1/orders/\(orderID)/solicitations/productReviewAndSellerFeedback\(query)", body: nil)
        }
        guard channel == "message", let operation = type.operation, let suffix = messagingPaths[operation] else { return nil }
        var body: [String: OutboxValue] = [:]
        if !textlessOperations.contains(operation) { body["text"] = .string(plainText(document)) }
        if attachmentOperations.contains(operation), !document.attachments.isEmpty {
            body["attachments"] = .objects(document.attachments.map {
                ["uploadDestinationId": "upload:\($0.name)", "fileName": $0.name]
            })
        }
        return .init(operation: operation, method: "POST", path: "/messaging/v1/orders/\(orderID)/messages/\(suffix)\(query)", body: body)
    }

    /// The body as plain text (the API's text fields take no HTML).
    static func plainText(_ document: MessageDocument) -> String {
        guard document.format == .html else { return document.body.text }
        return document.body.text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes `entry` to `<workspace>/outbox/<seller>/<timestamp>-<order>-<template>.json` (atomically) and returns the path.
    public static func write(_ entry: OutboxEntry, workspace: Workspace, at date: Date) throws -> String {
        let folder = workspace.path("outbox/\(entry.seller)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stamp = LedgerFormatting.compactTimestamp(date)
        let path = (folder as NSString).appendingPathComponent("\(stamp)-\(entry.order)-\(entry.template).json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(entry).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }
}

/// Small date formats for ledger commands.
public enum LedgerFormatting {
    /// `20261126T203134Z`.
    public static func compactTimestamp(_ date: Date) -> String {
        var text = LedgerFormat.timestamp(date)
        text.removeAll { $0 == "-" || $0 == ":" }
        return text
    }
}

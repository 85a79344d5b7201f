import AgencyPluginAPI

/// Rules on the message as a whole: the subject tag, attachments, the order id and placeholders.
enum MetadataRules {
    static let allowedAttachmentKinds: Set<String> = ["invoice", "instructions", "warranty"]
    static let importantTags = ["[important]", "[wichtig]", "[importante]", "[urgent]", "[dringend]", "[urgente]"]

    static func importantTag(_ message: MessageDocument) -> [PendingFinding] {
        let type = message.type.flatMap(MessageType.named)
        if type?.isCritical == true { return [] }
        guard message.subject.text.utf8.contains(0x5B) else { return [] }
        let lowered = message.subject.text.lowercased()
        for tag in importantTags {
            guard let range = lowered.firstRange(of: tag) else { continue }
            let offset = lowered.utf8.distance(from: lowered.utf8.startIndex, to: range.lowerBound)
            let typeName = message.type ?? "untyped"
            return [PendingFinding(rule: "important-tag",
                                   message: "\"\(message.subject.text[range].isEmpty ? tag : tag)\" in the subject of a non-critical message (\(typeName))",
                                   place: .field(.subject, sourceOffset: offset))]
        }
        return []
    }

    static func attachments(_ message: MessageDocument) -> [PendingFinding] {
        message.attachments.compactMap { attachment in
            let kind = attachment.kind.lowercased()
            guard !allowedAttachmentKinds.contains(kind) else { return nil }
            return PendingFinding(rule: "attachment",
                                  message: "Attachment \(attachment.name) is a \(attachment.kind); only invoices, instructions and warranties may be attached",
                                  place: .line(field: "attachments", line: attachment.line ?? message.typeLine ?? message.subject.line, column: 1))
        }
    }

    static func orderID(_ message: MessageDocument) -> [PendingFinding] {
        let type = message.type.flatMap(MessageType.named)
        if let type, !type.isProactive { return [] }
        if isReply(subject: message.subject.text) { return [] }
        for text in [message.subject.text, message.body.text] {
            if PlaceholderScanner.containsOrderID(text) { return [] }
            if PlaceholderScanner.containsPlaceholder(named: "order_id", in: text) { return [] }
        }
        let place: PendingFinding.Place = message.subject.text.isEmpty
            ? .line(field: "type", line: message.typeLine ?? message.body.line, column: 1)
            : .field(.subject, sourceOffset: 0)
        return [PendingFinding(rule: "order-id-required",
                               message: "Proactive message without the Amazon order id (e.g. 113-1234567-1234567 or {{order_id}})",
                               place: place)]
    }

    /// Subject prefixes that mark a reply in the five languages: "Re:", "RE :", "AW:", "Antw:", "R:", "Rif:", "Rép:".
    static let replyPrefixes = ["re", "aw", "antw", "antwort", "r", "rif", "rép", "rép.", "ref"]

    /// Whether the subject starts with a reply prefix and a colon, so the message answers the buyer.
    static func isReply(subject: String) -> Bool {
        let trimmed = subject.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.prefix(9).firstIndex(of: ":") else { return false }
        let prefix = String(trimmed[..<colon].reversed().drop { $0 == " " }.reversed()).lowercased()
        return replyPrefixes.contains(prefix)
    }

    /// The known placeholder names, sorted, as the unknown-placeholder message lists them.
    static let knownList = PlaceholderScanner.known.sorted().joined(separator: ", ")

    static func placeholders(_ message: MessageDocument) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for (name, field) in [(FieldContext.Name.subject, message.subject), (.body, message.body)] {
            PlaceholderScanner.visitPlaceholders(in: field.text) { bytes, range, offset in
                guard !PlaceholderScanner.isKnown(bytes, range) else { return true }
                let placeholder = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                findings.append(PendingFinding(
                    rule: "unknown-placeholder",
                    message: "Unknown placeholder {{\(placeholder)}}; known: \(knownList)",
                    place: .field(name, sourceOffset: offset)))
                return findings.count < 50
            }
            if findings.count >= 50 { return findings }
        }
        return findings
    }
}

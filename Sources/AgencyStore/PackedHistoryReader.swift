import AgencyPluginAPI
import Foundation

/// Reads the `history` column of `orders` (see `PackedHistory`) straight from SQLite's buffer into
/// `LedgerMessage`s, sharing one `LedgerMessageTerms` among the messages packed with the same type,
/// channel, status, template and language.
struct PackedHistoryReader {
    private var terms = Interner()
    /// The strings of recently read messages, by the bytes they were packed as: most messages of a
    /// ledger repeat a few combinations of type, channel, status, template and language, so one
    /// comparison of those bytes replaces five lookups.
    private var recentBytes: [UInt8] = []
    private var recentRanges: [Range<Int>] = []
    private var recentTerms: [LedgerMessageTerms] = []
    /// The entry matched last (consecutive messages often share their terms).
    private var lastRecent = 0
    private static let recentCapacity = 16

    /// Called for every message as it is read: sent time (Unix seconds) and its terms.
    typealias Tally = (_ sentAt: Int64, _ terms: LedgerMessageTerms) -> Void

    /// Appends the messages packed in `packed` to `messages`, oldest first (by time, then id).
    mutating func read(_ packed: UnsafeBufferPointer<UInt8>, orderID: String, into messages: inout [LedgerMessage],
                       tally: Tally?) throws {
        guard let base = packed.baseAddress, !packed.isEmpty else { return }
        let first = messages.count
        var cursor = PackedFields(base: base, end: packed.count)
        while cursor.position < cursor.end {
            guard let id = cursor.number(), let sentAt = cursor.number() else { throw DamagedHistory(orderID: orderID) }
            let shared: LedgerMessageTerms
            if let known = recent(at: &cursor) {
                shared = known
            } else {
                let termsStart = cursor.position
                guard let type = cursor.text(), let channel = cursor.text(), let status = cursor.text(),
                      let template = cursor.text(), let language = cursor.text(),
                      let typeBytes = type, let channelBytes = channel, let statusBytes = status
                else { throw DamagedHistory(orderID: orderID) }
                shared = remember(UnsafeBufferPointer(start: base + termsStart, count: cursor.position - termsStart), LedgerMessageTerms(
                    type: terms.string(typeBytes, column: 0), channel: terms.string(channelBytes, column: 1),
                    template: template.map { terms.string($0, column: 3) }, language: language.map { terms.string($0, column: 4) },
                    status: terms.string(statusBytes, column: 2)))
            }
            tally?(sentAt, shared)
            messages.append(LedgerMessage(id: id, orderID: orderID, sentAt: Date(timeIntervalSince1970: TimeInterval(sentAt)),
                                          terms: shared))
        }
        Self.sortByTime(&messages, from: first)
    }

    /// The terms packed at the cursor, when they are bytes for bytes those of a remembered message;
    /// the cursor then moves past them. The packing of the terms is self-delimiting (`-` or
    /// `<length>:<bytes>`, five times), so a remembered packing that is a prefix of what follows is
    /// exactly what parsing would find. The terms matched last are tried first.
    private mutating func recent(at cursor: inout PackedFields) -> LedgerMessageTerms? {
        let available = cursor.end - cursor.position, here = cursor.base + cursor.position
        let found: Int? = recentBytes.withUnsafeBufferPointer { bytes -> Int? in
            guard let known = bytes.baseAddress else { return nil }
            func matches(_ index: Int) -> Bool {
                let range = recentRanges[index]
                return range.count <= available && memcmp(known + range.lowerBound, here, range.count) == 0
            }
            if lastRecent < recentRanges.count, matches(lastRecent) { return lastRecent }
            for index in recentRanges.indices where index != lastRecent && matches(index) { return index }
            return nil
        }
        guard let found else { return nil }
        lastRecent = found
        cursor.position += recentRanges[found].count
        return recentTerms[found]
    }

    private mutating func remember(_ span: UnsafeBufferPointer<UInt8>, _ strings: LedgerMessageTerms) -> LedgerMessageTerms {
        if recentRanges.count >= Self.recentCapacity {
            // Start afresh once full; a ledger with more combinations than this interns field by field.
            recentBytes.removeAll(keepingCapacity: true)
            recentRanges.removeAll(keepingCapacity: true)
            recentTerms.removeAll(keepingCapacity: true)
        }
        recentRanges.append(recentBytes.count..<recentBytes.count + span.count)
        recentBytes.append(contentsOf: span)
        recentTerms.append(strings)
        lastRecent = recentRanges.count - 1
        return strings
    }

    /// A message from a row of `LedgerRows.messageColumns`.
    mutating func message(_ row: RawCursor, orderID: String) -> LedgerMessage {
        LedgerMessage(id: row.int64(0), orderID: orderID, type: terms.string(row.bytes(2), column: 0),
                      channel: terms.string(row.bytes(3), column: 1),
                      template: row.isNull(4) ? nil : terms.string(row.bytes(4), column: 3),
                      language: row.isNull(5) ? nil : terms.string(row.bytes(5), column: 4),
                      sentAt: Date(timeIntervalSince1970: TimeInterval(row.int64(6))), status: terms.string(row.bytes(7), column: 2))
    }

    /// Insertion sort of `messages[first...]` by (sent time, id): histories are short and nearly always in order already.
    static func sortByTime(_ messages: inout [LedgerMessage], from first: Int) {
        guard messages.count - first > 1 else { return }
        for index in (first + 1)..<messages.count {
            var position = index
            while position > first, Self.isBefore(messages[position], messages[position - 1]) {
                messages.swapAt(position, position - 1)
                position -= 1
            }
        }
    }

    private static func isBefore(_ a: LedgerMessage, _ b: LedgerMessage) -> Bool {
        a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id
    }
}

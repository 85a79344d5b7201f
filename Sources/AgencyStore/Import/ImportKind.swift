/// The kinds of file the ledger imports, told apart by their header row (or a JSON body).
public enum ImportKind: String, Sendable, CaseIterable {
    /// Amazon's flat-file "All Orders" report: one row per item.
    case orderReport = "order-report"
    /// Delivery dates, buyer locale and opt-out per order.
    case orderUpdates = "order-updates"
    /// A Selling Partner API `getOrders` response (v0).
    case getOrders = "get-orders"
    /// Messages sent by other tools or from Seller Central.
    case messageHistory = "message-history"

    /// How the kind is named to users.
    public var label: String {
        switch self {
        case .orderReport: "All Orders report"
        case .orderUpdates: "order updates"
        case .getOrders: "getOrders JSON"
        case .messageHistory: "message history"
        }
    }

    /// Order reports and getOrders create orders, so they go before the files that update them.
    var importRank: Int {
        switch self {
        case .orderReport, .getOrders: 0
        case .orderUpdates: 1
        case .messageHistory: 2
        }
    }

    /// Whether importing this kind adds orders to the ledger.
    var createsOrders: Bool { importRank == 0 }

    static let updateColumns: Set<String> = ["earliest-delivery-date", "latest-delivery-date", "delivery-date", "buyer-locale", "buyer-opted-out"]

    /// The kind a delimited file's header names, or nil.
    static func detect(header: [String]) -> ImportKind? {
        let columns = Set(header)
        guard columns.contains("amazon-order-id") else { return nil }
        if columns.contains("message-type") { return .messageHistory }
        if columns.contains("purchase-date") { return .orderReport }
        if !columns.isDisjoint(with: updateColumns) { return .orderUpdates }
        return nil
    }
}

/// The header of a delimited file: column name → index.
struct ImportHeader {
    let names: [String]
    private let indexes: [String: Int]

    init(_ names: [String]) {
        self.names = names
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil { indexes[name] = index }
        self.indexes = indexes
    }

    /// Index of `name`, or -1 when the file has no such column.
    func index(_ name: String) -> Int { indexes[name] ?? -1 }
}

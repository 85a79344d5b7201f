import AgencyPluginAPI

/// Message types whose whole point Amazon already covers (GUIDELINES.md §3: order and shipping
/// confirmations, thank-you notes): accepted as declared types, but `plan` never offers them.
extension MessageType {
    static let redundantIDs: Set<String> = ["order-confirmation", "shipping-confirmation", "thank-you"]

    /// Redundant by type: `plan` lists it as not allowed.
    var isRedundant: Bool { Self.redundantIDs.contains(id) }
}

/// How `plan` explains a redundant type.
enum RedundantType {
    static let rule = "redundant-message"
    static let reason = "redundant: Amazon sends these itself"
}

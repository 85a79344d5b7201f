import AgencyCore
import Foundation

/// Values for a template's placeholders.
public enum RenderValues {
    /// Sample values, for previews when the order is not in the ledger.
    public static func sample(orderID: String, seller: SellerConfig) -> [String: String] {
        let marketplace = seller.marketplaces.first.flatMap(Marketplace.find)
        let domain = marketplace?.domain ?? "amazon.com"
        return [
            "order_id": orderID,
            "product_name": "Sample Product",
            "asin": "B0SAMPLE01",
            "review_link": "https://www.\(domain)/review/create-review?asin=B0SAMPLE01",
            "seller_name": seller.name,
            "delivery_date": "2026-11-20",
            "buyer_name": "Customer",
            "marketplace": marketplace?.code ?? "US",
        ]
    }
}

extension AgencySession {
    /// Placeholder values for `orderID`: from the ledger when the order is known, else sample values.
    public func renderValues(orderID: String, seller: SellerConfig) throws -> [String: String] {
        // The ledger lookup is added with the order ledger; until then every order renders with samples.
        RenderValues.sample(orderID: orderID, seller: seller)
    }
}

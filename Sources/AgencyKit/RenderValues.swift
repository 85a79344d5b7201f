import AgencyCore
import AgencyPluginAPI
import AgencyStore
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

    /// Values from a ledger order: its first item, its marketplace and its delivery date.
    ///
    /// `buyer_name` stays the neutral "Customer": buyer personal data never reaches rendered
    /// output (which `template render` and `send --dry-run` print).
    public static func ledger(_ details: OrderDetails, seller: SellerConfig) -> [String: String] {
        let marketplace = Marketplace.find(details.order.marketplace) ?? seller.marketplaces.first.flatMap(Marketplace.find)
        let domain = marketplace?.domain ?? "amazon.com"
        let item = details.items.first
        let asin = item?.asin ?? ""
        let delivery = details.order.deliveredAt ?? details.order.latestDeliveryDate
        let days = LocalDays(timeZone: marketplace.flatMap { TimeZone(identifier: $0.timeZone) } ?? TimeZone(identifier: "UTC") ?? .current)
        return [
            "order_id": details.order.orderID,
            "product_name": item?.productName ?? item?.sku ?? "",
            "asin": asin,
            "review_link": asin.isEmpty ? "https://www.\(domain)/" : "https://www.\(domain)/review/create-review?asin=\(asin)",
            "seller_name": seller.name,
            "delivery_date": delivery.map { LocalDays.string(day: days.day(of: $0)) } ?? "",
            "buyer_name": "Customer",
            "marketplace": marketplace?.code ?? details.order.marketplace,
        ]
    }
}

extension AgencySession {
    /// Placeholder values for `orderID`: from the ledger when the order is known, else sample values
    /// (previews only: `send` refuses orders that are not in the ledger).
    public func renderValues(orderID: String, seller: SellerConfig) throws -> [String: String] {
        if workspace != nil, FileManager.default.fileExists(atPath: try requireWorkspace().ledgerPath),
           let details = try ledger().orderDetails(seller: seller.id.rawValue, orderID: orderID, includePersonalData: false) {
            return RenderValues.ledger(details, seller: seller)
        }
        return RenderValues.sample(orderID: orderID, seller: seller)
    }
}

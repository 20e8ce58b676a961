import Foundation

/// How much a source has published lately, from its stored items' dates (an item's
/// `published`, else `updated`, else when it was first seen): for `/status`'s items in
/// the last 7 days and for telling a quiet source from a stale one.
public struct SourceActivity: Sendable, Equatable {
    /// The newest item dates, newest first.
    public var recentDates: [Date]
    /// Items dated at or after the `since` of the query.
    public var itemsSince: Int

    /// Activity from its parts.
    public init(recentDates: [Date] = [], itemsSince: Int = 0) {
        self.recentDates = recentDates
        self.itemsSince = itemsSince
    }
}

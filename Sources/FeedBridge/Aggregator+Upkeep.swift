import FeedConfig
import FeedStore
import Foundation

extension Aggregator {
    /// How often retention runs when no new item arrived.
    static let retentionPeriod: TimeInterval = 24 * 3600

    /// Forgets old items when the cycle stored new ones, and at least once a day.
    /// - Returns: the number of items deleted.
    func applyRetentionIfDue(storedNewItems: Bool, now: Date) throws -> Int {
        let key = "retention.last"
        let last = try store.meta(key).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
        guard storedNewItems || last.map({ now.timeIntervalSince($0) >= Self.retentionPeriod }) ?? true else { return 0 }
        let report = try store.applyRetention(
            RetentionPolicy(
                maxAge: configuration.retention.maxAge.seconds,
                maxItemsPerSource: configuration.retention.maxItemsPerSource,
                keepNewestStories: configuration.output.items
            ),
            now: now
        )
        try store.setMeta(key, String(now.timeIntervalSince1970))
        return report.deletedItems
    }
}

import Foundation
import GRDB

extension FeedStore {
    /// Every source's recent activity, by source id (sources without items are absent).
    /// - Parameters:
    ///   - recent: how many of the newest item dates to return per source.
    ///   - since: items dated at or after this are counted in `itemsSince`.
    public func sourceActivity(recent: Int, since: Date) throws -> [String: SourceActivity] {
        try read("read source activity") { db in
            var activity: [String: SourceActivity] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT source_id, effective FROM (
                    SELECT source_id, effective,
                           row_number() OVER (PARTITION BY source_id ORDER BY effective DESC) AS rank
                    FROM items)
                WHERE rank <= ? ORDER BY source_id, effective DESC
                """, arguments: [recent]) {
                let date = Date(storedSeconds: row["effective"] as Double)
                activity[row["source_id"], default: SourceActivity()].recentDates.append(date)
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT source_id, count(*) AS count FROM items WHERE effective >= ? GROUP BY source_id",
                arguments: [since.storedSeconds]
            ) {
                activity[row["source_id"], default: SourceActivity()].itemsSince = row["count"]
            }
            return activity
        }
    }
}

import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// Deletes old items, in one transaction, without ever shrinking the published feed.
    ///
    /// An item goes when its effective date is older than `maxAge` before `now`, or when
    /// it is past the newest `maxItemsPerSource` items of its source — unless it belongs to
    /// one of the newest `keepNewestStories` stories. A deleted item's key is remembered
    /// (`forgotten`), so the next fetch of the same feed does not bring it back as new. A
    /// story left without items is deleted; a story that lost its primary item elects
    /// another one (its `published` follows the new primary; its `updated` does not move).
    public func applyRetention(_ policy: RetentionPolicy, now: Date) throws -> RetentionReport {
        try write("apply retention") { db in
            let doomed = try Self.doomedItems(policy, now: now, in: db)
            if doomed.isEmpty { return RetentionReport() }
            let forget = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO forgotten (source_id, key, forgotten_at)
                SELECT source_id, key, ? FROM items WHERE id = ?
                """)
            let delete = try db.cachedStatement(sql: "DELETE FROM items WHERE id = ?")
            var stories: [Int64] = []
            var seen: Set<Int64> = []
            for (item, story) in doomed {
                try forget.execute(arguments: [now.storedSeconds, item])
                try delete.execute(arguments: [item])
                if seen.insert(story).inserted { stories.append(story) }
            }
            var report = RetentionReport(deletedItems: doomed.count)
            for story in stories where try StoryPrimary.elect(story: story, in: db, changedAt: nil) == .deleted {
                report.deletedStories += 1
            }
            return report
        }
    }

    /// The items (and their stories) the policy deletes, oldest first.
    private static func doomedItems(
        _ policy: RetentionPolicy, now: Date, in db: Database
    ) throws -> [(item: Int64, story: Int64)] {
        var conditions: [String] = []
        var arguments: StatementArguments = [max(0, policy.keepNewestStories)]
        if let maxAge = policy.maxAge {
            conditions.append("ranked.effective < ?")
            _ = arguments.append(contentsOf: [(now.storedSeconds - maxAge)])
        }
        if let maxItems = policy.maxItemsPerSource {
            conditions.append("ranked.rank > ?")
            _ = arguments.append(contentsOf: [max(0, maxItems)])
        }
        if conditions.isEmpty { return [] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                WITH protected AS (
                    SELECT id FROM stories WHERE merged_into IS NULL ORDER BY published DESC, public_id LIMIT ?
                ),
                ranked AS (
                    SELECT id, story, effective,
                        row_number() OVER (PARTITION BY source_id ORDER BY effective DESC, id DESC) AS rank
                    FROM items
                )
                SELECT ranked.id, ranked.story FROM ranked
                WHERE (\(conditions.joined(separator: " OR ")))
                    AND ranked.story NOT IN (SELECT id FROM protected)
                ORDER BY ranked.effective, ranked.id
                """,
            arguments: arguments
        )
        return rows.map { ($0["id"], $0["story"]) }
    }
}

import FeedMerge
import FeedModel
import Foundation
import GRDB

/// FeedMerge's ``StoryIndex`` over the store's tables, inside one write transaction: every
/// lookup is one indexed query (`items_url_key`, `items_link_id`, `items_title_key`,
/// `item_week_bands`, `items_shape_key`, `items_story`), prepared once per transaction.
///
/// Members are decoded once per transaction: a story's ids are read each time (merges
/// move items), each item's columns only the first time, until ``forget(item:)`` (an
/// edit changed them). Look-alike notices make the same stories candidates of many items.
final class SQLiteStoryIndex: StoryIndex {
    private let db: Database
    private var decoded: [Int64: MatchItem] = [:]
    private let memberIDs: Statement
    private let memberByID: Statement
    private let byURL: Statement
    private let byLinkID: Statement
    private let byTitle: Statement
    private let byShape: Statement

    init(_ db: Database) throws {
        self.db = db
        byURL = try db.cachedStatement(sql: "SELECT DISTINCT story FROM items WHERE url_key = ? ORDER BY story")
        byLinkID = try db.cachedStatement(sql: "SELECT DISTINCT story FROM items WHERE link_id = ? ORDER BY story")
        byTitle = try db.cachedStatement(sql: """
            SELECT DISTINCT story FROM items WHERE title_key = ? AND effective BETWEEN ? AND ? ORDER BY story
            """)
        byShape = try db.cachedStatement(sql: """
            SELECT count(DISTINCT story) FROM items WHERE shape_key = ? AND source_id = ? AND effective BETWEEN ? AND ?
            """)
        memberIDs = try db.cachedStatement(sql: "SELECT id FROM items WHERE story = ? ORDER BY id")
        memberByID = try db.cachedStatement(sql: """
            SELECT id, source_id, level, priority, effective, url_key, link_id, title_key, signals FROM items WHERE id = ?
            """)
    }

    func stories(urlKey: String) throws -> [Int64] {
        try Int64.fetchAll(byURL, arguments: [urlKey])
    }

    func stories(linkID: String) throws -> [Int64] {
        try Int64.fetchAll(byLinkID, arguments: [linkID])
    }

    func stories(titleKey: String, in interval: ClosedRange<Date>) throws -> [Int64] {
        try Int64.fetchAll(byTitle, arguments: [titleKey, interval.lowerBound.storedSeconds, interval.upperBound.storedSeconds])
    }

    /// One seek per week of the interval and band (`item_week_bands` is keyed by week, band).
    func stories(bands: [Int64], in interval: ClosedRange<Date>) throws -> [Int64] {
        guard bands.count == MinHash.bandCount else { return [] }
        let lower = interval.lowerBound.storedSeconds, upper = interval.upperBound.storedSeconds
        let weeks = Array(StoreSchema.bandWeek(lower)...StoreSchema.bandWeek(upper))
        let statement = try db.cachedStatement(sql: """
            SELECT DISTINCT i.story FROM item_week_bands b JOIN items i ON i.id = b.item
            WHERE b.week IN (\(Self.marks(weeks.count))) AND b.band IN (\(Self.marks(bands.count)))
                AND b.effective BETWEEN ? AND ? ORDER BY i.story
            """)
        return try Int64.fetchAll(statement, arguments: StatementArguments(weeks) + StatementArguments(bands) + [lower, upper])
    }

    private static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    func storyCount(shapeKey: String, sourceID: String, in interval: ClosedRange<Date>) throws -> Int {
        try Int.fetchOne(byShape, arguments: [
            shapeKey, sourceID, interval.lowerBound.storedSeconds, interval.upperBound.storedSeconds,
        ]) ?? 0
    }

    func members(of story: Int64) throws -> [MatchItem] {
        try Int64.fetchAll(memberIDs, arguments: [story]).compactMap { id in
            if let item = decoded[id] { return item }
            guard let row = try Row.fetchOne(memberByID, arguments: [id]) else { return nil }
            let item = Self.member(row)
            decoded[id] = item
            return item
        }
    }

    /// Drops what was decoded of `item`, whose columns an edit replaced.
    func forget(item: Int64) {
        decoded[item] = nil
    }

    /// `(story)` → the members' columns ``member(_:)`` reads, in insertion order.
    static func membersStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: """
            SELECT id, source_id, level, priority, effective, url_key, link_id, title_key, signals
            FROM items WHERE story = ? ORDER BY id
            """)
    }

    /// A member from an `items` row with the columns of ``membersStatement(_:)``.
    static func member(_ row: Row) -> MatchItem {
        MatchItem(
            itemID: row["id"], sourceID: row["source_id"],
            level: PortalInfo.Level(rawValue: row["level"]) ?? .agency, priority: row["priority"],
            date: Date(storedSeconds: row["effective"] as Double), urlKey: row["url_key"], linkID: row["link_id"],
            titleKey: row["title_key"], signals: MatchSignals(encoded: row["signals"])
        )
    }
}

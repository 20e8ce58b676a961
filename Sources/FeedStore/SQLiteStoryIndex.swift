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
    private let byTitleBefore: Statement
    private let byTitleAfter: Statement
    private let titleCount: Statement
    private let byShape: Statement

    init(_ db: Database) throws {
        self.db = db
        byURL = try db.cachedStatement(sql: "SELECT DISTINCT story FROM items WHERE url_key = ? ORDER BY story")
        byLinkID = try db.cachedStatement(sql: "SELECT DISTINCT story FROM items WHERE link_id = ? ORDER BY story")
        // The nearest items on each side of the date, by `items_title_key` (title_key, effective).
        byTitleBefore = try db.cachedStatement(sql: """
            SELECT story, effective FROM items WHERE title_key = ? AND effective BETWEEN ? AND ?
            ORDER BY effective DESC LIMIT ?
            """)
        byTitleAfter = try db.cachedStatement(sql: """
            SELECT story, effective FROM items WHERE title_key = ? AND effective > ? AND effective <= ?
            ORDER BY effective LIMIT ?
            """)
        titleCount = try db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT DISTINCT story FROM items WHERE title_key = ? AND effective BETWEEN ? AND ? LIMIT ?)
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

    /// The `limit` nearest items before the date and after it (two index range scans,
    /// never every item of the window), their stories by distance.
    func stories(titleKey: String, in interval: ClosedRange<Date>, nearest date: Date, limit: Int) throws -> [Int64] {
        let lower = interval.lowerBound.storedSeconds, upper = interval.upperBound.storedSeconds
        let middle = min(max(date.storedSeconds, lower), upper)
        let rows = try Row.fetchAll(byTitleBefore, arguments: [titleKey, lower, middle, limit])
            + Row.fetchAll(byTitleAfter, arguments: [titleKey, middle, upper, limit])
        let nearest = rows.map { (story: $0["story"] as Int64, distance: abs(($0["effective"] as Double) - middle)) }
            .sorted { ($0.distance, $0.story) < ($1.distance, $1.story) }
        var seen: Set<Int64> = []
        return Array(nearest.map(\.story).filter { seen.insert($0).inserted }.prefix(limit))
    }

    func storyCount(titleKey: String, in interval: ClosedRange<Date>, upTo limit: Int) throws -> Int {
        try Int.fetchOne(titleCount, arguments: [
            titleKey, interval.lowerBound.storedSeconds, interval.upperBound.storedSeconds, limit,
        ]) ?? 0
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

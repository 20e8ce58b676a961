import FeedModel
import Foundation
import GRDB

/// One source's items going into the store, inside one write transaction.
///
/// - An item new to its source (by key) is stored with `first_seen` = the ingest date
///   and an effective date of `published ?? updated ?? first seen`. A key that retention
///   deleted (in `forgotten`) is skipped.
/// - A new item joins the story of an item of another source with the same URL key,
///   else of one with the same title key dated within 7 days (the nearest, then the
///   oldest story); else it founds a story with its `storyID` (`-2`, `-3`, … when taken).
/// - An item already stored with the same content hash is unchanged (only `last_seen`
///   moves); with another hash it is an edit: its columns are replaced, its effective
///   date becomes its new `published` if it has one (else stays as first computed), and
///   its story is changed.
/// - At the end, every story an item joined or was edited in elects its primary again
///   and its `updated` moves to the ingest date (``StoryPrimary``). A founded story has
///   `published` = `updated` = its founder's effective date.
struct Ingestion {
    static let titleWindow: Double = 7 * 24 * 3600

    private let db: Database
    private let sourceID: String
    private let seenAt: Date
    private let coding = ItemCoding()
    private let sourceHasForgotten: Bool
    /// The source's priority, copied into its items (0 for a source not in `sources`).
    private let priority: Int
    private(set) var report = IngestReport()
    /// Stories founded in this call and their founding item, in order.
    private var founded: [(story: Int64, item: Int64)] = []
    /// Stories an item joined or was edited in, in order of first change.
    private var changed: [Int64] = []
    private var changedSet: Set<Int64> = []

    init(db: Database, sourceID: String, seenAt: Date) throws {
        self.db = db
        self.sourceID = sourceID
        self.seenAt = seenAt
        sourceHasForgotten = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM forgotten WHERE source_id = ?)", arguments: [sourceID]
        ) ?? false
        priority = try Int.fetchOne(db, sql: "SELECT priority FROM sources WHERE id = ?", arguments: [sourceID]) ?? 0
    }

    /// Stores, updates or skips one item.
    mutating func ingest(_ keyed: KeyedItem) throws {
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, story, content_hash, effective FROM items WHERE source_id = ? AND key = ?"),
            arguments: [sourceID, keyed.key]
        )
        if let existing {
            try update(keyed, row: existing)
            return
        }
        if sourceHasForgotten, try isForgotten(keyed.key) {
            report.forgottenItems += 1
            return
        }
        let effective = (keyed.item.published ?? keyed.item.updated ?? seenAt).storedSeconds
        report.newItems += 1
        if let story = try matchingStory(keyed, effective: effective) {
            try insert(keyed, story: story, effective: effective)
            report.joinedStories += 1
            markChanged(story)
        } else {
            let story = try foundStory(keyed.storyID, effective: effective)
            let item = try insert(keyed, story: story, effective: effective)
            founded.append((story, item))
            report.newStories += 1
        }
    }

    /// Elects the primary item of every story founded, joined or edited.
    mutating func finish() throws {
        let setPrimary = try db.cachedStatement(sql: "UPDATE stories SET primary_item = ? WHERE id = ?")
        for (story, item) in founded where !changedSet.contains(story) {
            try setPrimary.execute(arguments: [item, story])
        }
        for story in changed {
            try StoryPrimary.elect(story: story, in: db, changedAt: seenAt)
        }
    }

    private mutating func update(_ keyed: KeyedItem, row: Row) throws {
        let id: Int64 = row[0]
        let story: Int64 = row[1]
        if row[2] == keyed.contentHash {
            try db.cachedStatement(sql: "UPDATE items SET last_seen = max(last_seen, ?) WHERE id = ?")
                .execute(arguments: [seenAt.storedSeconds, id])
            report.unchangedItems += 1
            return
        }
        let effective = keyed.item.published?.storedSeconds ?? row[3]
        let item = keyed.item
        try db.cachedStatement(sql: """
            UPDATE items SET url_key = ?, title_key = ?, content_hash = ?, guid = ?, title = ?, link = ?,
                summary = ?, content = ?, published = ?, updated = ?, authors = ?, categories = ?,
                enclosures = ?, comments = ?, effective = ?, last_seen = max(last_seen, ?)
            WHERE id = ?
            """).execute(arguments: [
                keyed.urlKey, keyed.titleKey, keyed.contentHash, item.id, item.title, item.link,
                item.summary, item.content, item.published?.storedSeconds, item.updated?.storedSeconds,
                coding.json(item.authors), coding.json(item.categories),
                coding.json(item.enclosures), item.comments, effective, seenAt.storedSeconds, id,
            ])
        report.updatedItems += 1
        markChanged(story)
    }

    private func isForgotten(_ key: String) throws -> Bool {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM forgotten WHERE source_id = ? AND key = ?"),
            arguments: [sourceID, key]
        ) != nil
    }

    /// The story of another source's item with the same URL key, else with the same
    /// title key within 7 days.
    private func matchingStory(_ keyed: KeyedItem, effective: Double) throws -> Int64? {
        if let urlKey = keyed.urlKey {
            let byURL = try Int64.fetchOne(
                db.cachedStatement(sql: """
                    SELECT story FROM items WHERE url_key = ? AND source_id <> ? ORDER BY story LIMIT 1
                    """),
                arguments: [urlKey, sourceID]
            )
            if let byURL { return byURL }
        }
        guard let titleKey = keyed.titleKey else { return nil }
        return try Int64.fetchOne(
            db.cachedStatement(sql: """
                SELECT story FROM items
                WHERE title_key = ? AND effective BETWEEN ? AND ? AND source_id <> ?
                ORDER BY abs(effective - ?), story LIMIT 1
                """),
            arguments: [
                titleKey, effective - Self.titleWindow, effective + Self.titleWindow, sourceID, effective,
            ]
        )
    }

    /// Inserts a story with `publicID`, else with the first free `publicID-2`, `-3`, …
    private func foundStory(_ publicID: String, effective: Double) throws -> Int64 {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO stories (public_id, published, updated) VALUES (?, ?, ?)
            ON CONFLICT (public_id) DO NOTHING
            """)
        var candidate = publicID
        var suffix = 1
        while true {
            try insert.execute(arguments: [candidate, effective, effective])
            if db.changesCount > 0 { return db.lastInsertedRowID }
            suffix += 1
            candidate = "\(publicID)-\(suffix)"
        }
    }

    @discardableResult
    private func insert(_ keyed: KeyedItem, story: Int64, effective: Double) throws -> Int64 {
        let item = keyed.item
        let seen = seenAt.storedSeconds
        try db.cachedStatement(sql: """
            INSERT INTO items (source_id, key, story, priority, url_key, title_key, content_hash, guid,
                title, link, summary, content, published, updated, authors, categories, enclosures,
                comments, effective, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                sourceID, keyed.key, story, priority, keyed.urlKey, keyed.titleKey, keyed.contentHash, item.id,
                item.title, item.link, item.summary, item.content, item.published?.storedSeconds,
                item.updated?.storedSeconds, coding.json(item.authors), coding.json(item.categories),
                coding.json(item.enclosures), item.comments, effective, seen, seen,
            ])
        return db.lastInsertedRowID
    }

    private mutating func markChanged(_ story: Int64) {
        if changedSet.insert(story).inserted { changed.append(story) }
    }
}

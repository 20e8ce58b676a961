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
///   oldest story); else it founds a story with its `storyID` (`-2`, `-3`, … when taken)
///   whose primary item it is, with `published` = `updated` = its effective date.
/// - An item already stored with the same content hash is unchanged (only `last_seen`
///   moves); with another hash it is an edit: its columns are replaced, its effective
///   date becomes its new `published` if it has one (else stays as first computed), and
///   its story is changed.
/// - At the end, every story an item joined or was edited in elects its primary again
///   and its `updated` moves to the ingest date (``StoryPrimary``).
struct Ingestion {
    static let titleWindow: Double = 7 * 24 * 3600

    private let db: Database
    private let statements: IngestionStatements
    private let sourceID: String
    private let seenAt: Date
    private let coding = ItemCoding()
    private let sourceHasForgotten: Bool
    /// The source's priority, copied into its items (0 for a source not in `sources`).
    private let priority: Int
    /// The id of the next item inserted: ids are given here (after AUTOINCREMENT's last
    /// one, so never reused) so that a new story names its primary item when it is inserted.
    private var nextItemID: Int64
    private(set) var report = IngestReport()
    /// Stories an item joined or was edited in, in order of first change.
    private var changed: [Int64] = []
    private var changedSet: Set<Int64> = []

    init(db: Database, sourceID: String, seenAt: Date) throws {
        self.db = db
        self.sourceID = sourceID
        self.seenAt = seenAt
        statements = try IngestionStatements(db)
        sourceHasForgotten = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM forgotten WHERE source_id = ?)", arguments: [sourceID]
        ) ?? false
        priority = try Int.fetchOne(db, sql: "SELECT priority FROM sources WHERE id = ?", arguments: [sourceID]) ?? 0
        let lastItemID = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'items'")
        nextItemID = (lastItemID ?? 0) + 1
    }

    /// Stores, updates or skips one item.
    mutating func ingest(_ keyed: KeyedItem) throws {
        if let existing = try Row.fetchOne(statements.existing, arguments: [sourceID, keyed.key]) {
            try update(keyed, row: existing)
            return
        }
        if sourceHasForgotten, try Row.fetchOne(statements.forgotten, arguments: [sourceID, keyed.key]) != nil {
            report.forgottenItems += 1
            return
        }
        let effective = (keyed.item.published ?? keyed.item.updated ?? seenAt).storedSeconds
        let item = nextItemID
        nextItemID += 1
        report.newItems += 1
        if let story = try matchingStory(keyed, effective: effective) {
            try insert(keyed, id: item, story: story, effective: effective)
            report.joinedStories += 1
            markChanged(story)
        } else {
            let story = try foundStory(keyed.storyID, primary: item, effective: effective)
            try insert(keyed, id: item, story: story, effective: effective)
            report.newStories += 1
        }
    }

    /// Elects the primary item of every story joined or edited.
    func finish() throws {
        for story in changed {
            try StoryPrimary.elect(story: story, in: db, changedAt: seenAt)
        }
    }

    private mutating func update(_ keyed: KeyedItem, row: Row) throws {
        let id: Int64 = row["id"]
        let story: Int64 = row["story"]
        if row["content_hash"] == keyed.contentHash {
            try statements.touchItem.execute(arguments: [seenAt.storedSeconds, id])
            report.unchangedItems += 1
            return
        }
        let stored: Double = row["effective"]
        let effective = keyed.item.published?.storedSeconds ?? stored
        try statements.editItem.execute(arguments: columns(keyed, effective: effective) + ["id": id])
        report.updatedItems += 1
        markChanged(story)
    }

    /// The story of another source's item with the same URL key, else with the same
    /// title key within 7 days.
    private func matchingStory(_ keyed: KeyedItem, effective: Double) throws -> Int64? {
        if let urlKey = keyed.urlKey,
           let story = try Int64.fetchOne(statements.storyByURL, arguments: [urlKey, sourceID]) {
            return story
        }
        guard let titleKey = keyed.titleKey else { return nil }
        return try Int64.fetchOne(statements.storyByTitle, arguments: [
            titleKey, effective - Self.titleWindow, effective + Self.titleWindow, sourceID, effective,
        ])
    }

    /// Inserts a story with `publicID`, else with the first free `publicID-2`, `-3`, …
    private func foundStory(_ publicID: String, primary: Int64, effective: Double) throws -> Int64 {
        var candidate = publicID
        var suffix = 1
        while true {
            try statements.insertStory.execute(arguments: [candidate, primary, effective, effective])
            if db.changesCount > 0 { return db.lastInsertedRowID }
            suffix += 1
            candidate = "\(publicID)-\(suffix)"
        }
    }

    private func insert(_ keyed: KeyedItem, id: Int64, story: Int64, effective: Double) throws {
        try statements.insertItem.execute(arguments: columns(keyed, effective: effective) + [
            "id": id, "source_id": sourceID, "key": keyed.key, "story": story, "priority": priority,
            "first_seen": seenAt.storedSeconds,
        ])
    }

    /// The columns an insert and an edit both write, as named arguments: the item's own,
    /// its identity keys, its effective date and `last_seen`.
    private func columns(_ keyed: KeyedItem, effective: Double) throws -> StatementArguments {
        try coding.arguments(keyed.item) + [
            "url_key": keyed.urlKey, "title_key": keyed.titleKey, "content_hash": keyed.contentHash,
            "effective": effective, "last_seen": seenAt.storedSeconds,
        ]
    }

    private mutating func markChanged(_ story: Int64) {
        if changedSet.insert(story).inserted { changed.append(story) }
    }
}

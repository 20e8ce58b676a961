import FeedMerge
import FeedModel
import Foundation
import GRDB

/// One source's items going into the store, inside one write transaction.
///
/// - An item new to its source (by key, else by article id: a changed slug is an edit) is
///   stored with `first_seen` = the ingest date and an effective date of `published ??
///   updated ?? first seen`. A key that retention deleted (in `forgotten`) is skipped.
/// - FeedMerge's `StoryMatcher` places it, over the store's ``SQLiteStoryIndex``: it
///   joins a story (merging the other stories it matched into that one: their rows stay,
///   `merged_into` set, never published again), or founds one with its `storyID` (`-2`,
///   `-3`, … when taken). How it joined is kept as JSON in the item's `match` column.
/// - An item already stored with the same content hash is unchanged (only `last_seen`
///   moves); with another hash it is an edit: its columns are replaced, its effective
///   date becomes its new `published` if it has one (else stays as first computed), and
///   its story is changed.
/// - At the end, every story an item joined or was edited in elects its primary again
///   and its `updated` moves to the ingest date (``StoryPrimary``).
struct Ingestion {
    private let db: Database
    private let statements: IngestionStatements
    private let index: SQLiteStoryIndex
    private let matcher: StoryMatcher
    private let sourceID: String
    private let seenAt: Date
    /// The archive month of the stories founded now (``FeedStore/archiveMonth(of:)`` of `seenAt`).
    private let archiveMonth: String
    private let coding = ItemCoding()
    private let sourceHasForgotten: Bool
    /// The source's priority and level, copied into its items (0 and `agency` for a source not in `sources`).
    private let priority: Int
    private let level: PortalInfo.Level
    /// The id of the next item inserted: ids are given here (after AUTOINCREMENT's last
    /// one, so never reused) so that a new story names its primary item when it is inserted.
    private var nextItemID: Int64
    private(set) var report = IngestReport()
    /// Stories an item joined or was edited in, in order of first change.
    private var changed: [Int64] = []
    private var changedSet: Set<Int64> = []

    init(db: Database, index: SQLiteStoryIndex, sourceID: String, seenAt: Date, matcher: StoryMatcher) throws {
        self.db = db
        self.sourceID = sourceID
        self.seenAt = seenAt
        archiveMonth = FeedStore.archiveMonth(of: seenAt)
        self.matcher = matcher
        statements = try IngestionStatements(db)
        self.index = index
        sourceHasForgotten = try Bool.fetchOne(statements.sourceHasForgotten, arguments: [sourceID]) ?? false
        let source = try Row.fetchOne(statements.source, arguments: [sourceID])
        priority = source?["priority"] ?? 0
        level = (source?["level"]).flatMap { PortalInfo.Level(rawValue: $0) } ?? .agency
        let lastItemID = try Int64.fetchOne(statements.lastItemID)
        nextItemID = (lastItemID ?? 0) + 1
    }

    /// Stores, updates or skips one item.
    mutating func ingest(_ keyed: KeyedItem) throws {
        var existing = try Row.fetchOne(statements.existing, arguments: [sourceID, keyed.key])
        if existing == nil, let linkID = keyed.linkID {
            existing = try Row.fetchOne(statements.existingByLinkID, arguments: [sourceID, linkID])
        }
        if let existing {
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
        let candidate = MatchItem(keyed, sourceID: sourceID, level: level, priority: priority, date: Date(storedSeconds: effective))
        let decision = try matcher.decide(candidate, in: index)
        let record = MatchRecord(decision)
        if let story = decision.story {
            for merged in decision.merged.map(\.story) { try merge(merged, into: story) }
            try insert(keyed, id: item, story: story, effective: effective, match: record)
            report.joinedStories += 1
            markChanged(story)
        } else {
            let story = try foundStory(keyed.storyID, primary: item, effective: effective)
            try insert(keyed, id: item, story: story, effective: effective, match: record)
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
        if row["content_hash"] == keyed.contentHash, row["key"] == keyed.key {
            try statements.touchItem.execute(arguments: [seenAt.storedSeconds, id])
            report.unchangedItems += 1
            return
        }
        let stored: Double = row["effective"]
        let effective = keyed.item.published?.storedSeconds ?? stored
        try statements.editItem.execute(arguments: columns(keyed, effective: effective) + ["id": id, "key": keyed.key])
        try replaceBands(item: id, keyed: keyed, effective: effective)
        index.forget(item: id)
        report.updatedItems += 1
        markChanged(story)
    }

    /// Moves every item of `merged` into `story` and marks `merged` as merged into it.
    private mutating func merge(_ merged: Int64, into story: Int64) throws {
        try statements.moveItems.execute(arguments: [story, merged])
        try statements.markMerged.execute(arguments: [story, merged])
        try statements.forwardMerged.execute(arguments: [story, merged])
        report.mergedStories += 1
    }

    /// Inserts a story with `publicID`, else with the first free `publicID-2`, `-3`, …
    private func foundStory(_ publicID: String, primary: Int64, effective: Double) throws -> Int64 {
        var candidate = publicID
        var suffix = 1
        while true {
            try statements.insertStory.execute(arguments: [candidate, primary, effective, effective, archiveMonth])
            if db.changesCount > 0 { return db.lastInsertedRowID }
            suffix += 1
            candidate = "\(publicID)-\(suffix)"
        }
    }

    private func insert(_ keyed: KeyedItem, id: Int64, story: Int64, effective: Double, match: MatchRecord) throws {
        try statements.insertItem.execute(arguments: columns(keyed, effective: effective) + [
            "id": id, "source_id": sourceID, "key": keyed.key, "story": story, "priority": priority,
            "level": level.rawValue, "first_seen": seenAt.storedSeconds, "match": match.json(),
        ])
        try replaceBands(item: id, keyed: keyed, effective: effective)
    }

    private func replaceBands(item: Int64, keyed: KeyedItem, effective: Double) throws {
        try statements.deleteBands.execute(arguments: [item])
        let bands = MinHash.bands(of: keyed.signals.minHash)
        guard bands.count == MinHash.bandCount else { return }
        var arguments = StatementArguments()
        let week = StoreSchema.bandWeek(effective)
        for band in bands { _ = arguments.append(contentsOf: [week, band, item, effective]) }
        try statements.insertBands.execute(arguments: arguments)
    }

    /// The columns an insert and an edit both write, as named arguments: the item's own,
    /// its identity keys, its effective date and `last_seen`.
    private func columns(_ keyed: KeyedItem, effective: Double) throws -> StatementArguments {
        try coding.arguments(keyed.item) + [
            "url_key": keyed.urlKey, "title_key": keyed.titleKey, "content_hash": keyed.contentHash,
            "link_id": keyed.linkID, "shape_key": keyed.signals.shapeKey, "signals": keyed.signals.encoded,
            "effective": effective, "last_seen": seenAt.storedSeconds,
        ]
    }

    private mutating func markChanged(_ story: Int64) {
        if changedSet.insert(story).inserted { changed.append(story) }
    }
}

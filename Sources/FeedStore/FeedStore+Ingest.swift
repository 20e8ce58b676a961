import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// Stores the items of one fetch of a source, in one transaction.
    ///
    /// - An item new to its source (by `key`) is stored, dated `published ?? updated ??
    ///   seenAt` for good; a key that retention deleted is skipped (`forgottenItems`).
    /// - A new item is placed by FeedMerge's `StoryMatcher` over the store's index: it
    ///   joins a story (same URL key or article id, same title key within 7 days, or a
    ///   near-duplicate within 3 days, when the guards allow), merging the other stories it
    ///   matched into the oldest; else it founds a story with its `storyID` (`-2`, `-3`, …
    ///   appended when that id is taken). A story never holds two items of one source.
    /// - A stored item with the same `contentHash` is unchanged; with another one it is
    ///   an edit: its fields are replaced and its story's `updated` moves to `seenAt`.
    /// - A story an item joined or was edited in elects its primary item again (highest
    ///   level, then priority, then earliest, then source id); its `published` is its
    ///   earliest member's date.
    ///
    /// Ingesting the same items again changes nothing a reader sees: every item is
    /// unchanged and no story's `updated` moves.
    ///
    /// - Parameters:
    ///   - sourceID: The source the items come from.
    ///   - items: The items with their identity keys (from `FeedMerge`'s `ItemKeyer`).
    ///   - seenAt: When they were fetched: the date of undated items, and the story's
    ///     `updated` for a join or an edit.
    public func ingest(sourceID: String, items: [KeyedItem], seenAt: Date) throws -> IngestReport {
        try write("ingest \(sourceID)") { db in
            try ingest(SourceItems(sourceID: sourceID, items: items), seenAt: seenAt, index: SQLiteStoryIndex(db), in: db)
        }
    }

    /// Stores the fetches of several sources in one transaction: the same result as one
    /// ``ingest(sourceID:items:seenAt:)`` per source in this order, with one commit for
    /// all (a whole fetch cycle of hundreds of sources commits once). A failure stores
    /// none of them.
    ///
    /// - Returns: One report per source, in the order given.
    public func ingest(_ fetches: [SourceItems], seenAt: Date) throws -> [IngestReport] {
        try write("ingest \(fetches.count) sources") { db in
            let index = try SQLiteStoryIndex(db)
            return try fetches.map { try ingest($0, seenAt: seenAt, index: index, in: db) }
        }
    }

    private func ingest(_ fetch: SourceItems, seenAt: Date, index: SQLiteStoryIndex, in db: Database) throws -> IngestReport {
        var ingestion = try Ingestion(db: db, index: index, sourceID: fetch.sourceID, seenAt: seenAt, matcher: matcher)
        for item in fetch.items {
            try ingestion.ingest(item)
        }
        try ingestion.finish()
        return ingestion.report
    }
}

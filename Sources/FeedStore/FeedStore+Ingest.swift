import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// Stores the items of one fetch of a source, in one transaction.
    ///
    /// - An item new to its source (by `key`) is stored, dated `published ?? updated ??
    ///   seenAt` for good; a key that retention deleted is skipped (`forgottenItems`).
    /// - A new item joins the story of another source's item with the same `urlKey`,
    ///   else with the same `titleKey` dated within 7 days; else it founds a story with
    ///   its `storyID` (`-2`, `-3`, … appended when that id is taken).
    /// - A stored item with the same `contentHash` is unchanged; with another one it is
    ///   an edit: its fields are replaced and its story's `updated` moves to `seenAt`.
    /// - A story an item joined or was edited in elects its primary item again (highest
    ///   priority, then earliest, then source id) and its `published` follows it.
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
            try Self.ingest(SourceItems(sourceID: sourceID, items: items), seenAt: seenAt, in: db)
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
            try fetches.map { try Self.ingest($0, seenAt: seenAt, in: db) }
        }
    }

    private static func ingest(_ fetch: SourceItems, seenAt: Date, in db: Database) throws -> IngestReport {
        var ingestion = try Ingestion(db: db, sourceID: fetch.sourceID, seenAt: seenAt)
        for item in fetch.items {
            try ingestion.ingest(item)
        }
        try ingestion.finish()
        return ingestion.report
    }
}

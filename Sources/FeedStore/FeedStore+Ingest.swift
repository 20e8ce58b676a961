import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// Stores the items of one fetch of a source, in one transaction (see ``Ingestion``
    /// for the rules: new, edited and unchanged items, stories founded and joined).
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
            var ingestion = try Ingestion(db: db, sourceID: sourceID, seenAt: seenAt)
            for item in items {
                try ingestion.ingest(item)
            }
            try ingestion.finish()
            return ingestion.report
        }
    }
}

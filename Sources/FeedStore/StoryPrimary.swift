import Foundation
import GRDB

/// Elects a story's primary item and keeps the story's dates consistent with it.
///
/// The primary item is the one from the highest-priority source, then the earliest
/// (effective date), then the smallest source id, then the first stored: the same items
/// always elect the same primary. The story's `published` is the primary's effective
/// date; its `updated` moves to `changedAt` when an item joined or was edited, and never
/// falls behind `published`.
enum StoryPrimary {
    /// What an election did to the story.
    enum Outcome {
        /// The story has items; its row holds their primary.
        case kept
        /// The story had no item left and was deleted.
        case deleted
    }

    /// Elects the primary item of `story` and updates the story's row when it changed.
    ///
    /// - Parameter changedAt: When an item joined the story or one of its items was
    ///   edited; nil when only the candidates changed (retention, a new priority).
    @discardableResult
    static func elect(story: Int64, in db: Database, changedAt: Date?) throws -> Outcome {
        let candidates = try db.cachedStatement(sql: """
            SELECT id, effective FROM items WHERE story = ?
            ORDER BY priority DESC, effective, source_id, id LIMIT 1
            """)
        guard let best = try Row.fetchOne(candidates, arguments: [story]) else {
            try db.cachedStatement(sql: "DELETE FROM stories WHERE id = ?").execute(arguments: [story])
            return .deleted
        }
        let primary: Int64 = best["id"]
        let published: Double = best["effective"]
        let current = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT primary_item, published, updated FROM stories WHERE id = ?"),
            arguments: [story]
        )
        guard let current else { return .kept }
        let oldPrimary: Int64? = current["primary_item"]
        let oldPublished: Double = current["published"]
        let oldUpdated: Double = current["updated"]
        var updated = oldUpdated
        if let changedAt { updated = max(updated, changedAt.storedSeconds) }
        updated = max(updated, published)
        if oldPrimary != primary || oldPublished != published || oldUpdated != updated {
            try db.cachedStatement(
                sql: "UPDATE stories SET primary_item = ?, published = ?, updated = ? WHERE id = ?"
            ).execute(arguments: [primary, published, updated, story])
        }
        return .kept
    }
}

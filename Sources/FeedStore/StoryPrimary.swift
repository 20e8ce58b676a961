import FeedMerge
import Foundation
import GRDB

/// Elects a story's primary item (FeedMerge's ``StoryRanking``: highest level, then
/// priority, then the earliest) and keeps the story's dates consistent.
///
/// The story's `published` is its earliest member's effective date, so a higher-priority
/// copy arriving later does not move it; its `updated` moves to `changedAt` when an item
/// joined or was edited, and never falls behind `published`.
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
        let members = try Row.fetchAll(SQLiteStoryIndex.membersStatement(db), arguments: [story])
            .map(SQLiteStoryIndex.member)
        guard let best = StoryRanking.primary(of: members), let primary = best.itemID,
              let earliest = members.map(\.date).min() else {
            try db.cachedStatement(sql: "DELETE FROM stories WHERE id = ? AND merged_into IS NULL").execute(arguments: [story])
            return .deleted
        }
        let published = earliest.storedSeconds
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

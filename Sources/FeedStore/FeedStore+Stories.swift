import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// The newest stories of the city feed: by `published` descending, then by id.
    ///
    /// Each story carries its primary item as stored (every field, `Item.id` being the
    /// source's guid) and its appearances: every portal's copy, the primary first, then
    /// by date.
    public func latestStories(limit: Int) throws -> [Story] {
        try read("read latest stories") { db in
            try StoryReader(db: db).stories(
                selecting: "SELECT id FROM stories ORDER BY published DESC, public_id LIMIT ?",
                arguments: [max(0, limit)]
            )
        }
    }

    /// The newest stories that `sourceID` carried (for its sub-feed), newest first, as
    /// ``latestStories(limit:)`` gives them (the primary item may be another portal's copy).
    public func latestStories(sourceID: String, limit: Int) throws -> [Story] {
        try read("read latest stories of \(sourceID)") { db in
            try StoryReader(db: db).stories(
                selecting: """
                    SELECT id FROM stories WHERE id IN (SELECT story FROM items WHERE source_id = ?)
                    ORDER BY published DESC, public_id LIMIT ?
                    """,
                arguments: [sourceID, max(0, limit)]
            )
        }
    }
}

/// Builds ``Story`` values from the `stories` and `items` tables in two queries.
struct StoryReader {
    let db: Database
    private let coding = ItemCoding()

    init(db: Database) {
        self.db = db
    }

    /// The stories whose ids `selection` gives, in the order of `selection`.
    func stories(selecting selection: String, arguments: StatementArguments) throws -> [Story] {
        let heads = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.public_id, s.primary_item, s.published, s.updated
                FROM (\(selection)) AS chosen JOIN stories s ON s.id = chosen.id
                ORDER BY s.published DESC, s.public_id
                """,
            arguments: arguments
        )
        if heads.isEmpty { return [] }
        var members: [Int64: [Row]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT i.* FROM (\(selection)) AS chosen JOIN items i ON i.story = chosen.id
                ORDER BY i.story, i.effective, i.source_id, i.id
                """,
            arguments: arguments
        )
        for row in rows {
            members[row["story"], default: []].append(row)
        }
        return try heads.compactMap { head in
            try story(head, members: members[head["id"]] ?? [])
        }
    }

    private func story(_ head: Row, members: [Row]) throws -> Story? {
        let primaryID: Int64? = head["primary_item"]
        guard let primary = members.first(where: { $0["id"] == primaryID }) ?? members.first else {
            return nil
        }
        let others = members.filter { $0 !== primary }
        let appearances = ([primary] + others).map { row in
            StoryAppearance(
                sourceID: row["source_id"], link: row["link"], title: row["title"],
                published: Date(storedSeconds: row["effective"])
            )
        }
        return Story(
            id: head["public_id"], sourceID: primary["source_id"], item: try coding.item(primary),
            published: Date(storedSeconds: head["published"]),
            updated: Date(storedSeconds: head["updated"]),
            appearances: appearances
        )
    }
}

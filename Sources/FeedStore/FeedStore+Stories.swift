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
                selecting: "SELECT id FROM stories WHERE merged_into IS NULL ORDER BY published DESC, public_id LIMIT ?",
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

extension FeedStore {
    /// The newest `limit` stories of every source (for all the sub-feeds at once), each
    /// source's list as ``latestStories(sourceID:limit:)`` gives it; a story carried by
    /// several sources is read once. Three queries instead of two per source.
    public func latestStoriesBySource(limit: Int) throws -> [String: [Story]] {
        try read("read the sources' latest stories") { db in
            let ranked = """
                SELECT i.source_id, i.story, ROW_NUMBER() OVER (
                    PARTITION BY i.source_id ORDER BY s.published DESC, s.public_id) AS rank
                FROM (SELECT DISTINCT source_id, story FROM items) AS i JOIN stories s ON s.id = i.story
                """
            let arguments: StatementArguments = [max(0, limit)]
            let stories = try StoryReader(db: db).storiesByRowID(
                selecting: "SELECT DISTINCT story AS id FROM (\(ranked)) WHERE rank <= ?", arguments: arguments
            )
            var bySource: [String: [Story]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT source_id, story FROM (\(ranked)) WHERE rank <= ? ORDER BY source_id, rank",
                arguments: arguments
            ) {
                if let story = stories[row["story"]] { bySource[row["source_id"], default: []].append(story) }
            }
            return bySource
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

    /// The stories whose ids `selection` gives, newest first.
    func stories(selecting selection: String, arguments: StatementArguments) throws -> [Story] {
        try load(selecting: selection, arguments: arguments).map(\.story)
    }

    /// The stories whose ids `selection` gives, by their row id.
    func storiesByRowID(selecting selection: String, arguments: StatementArguments) throws -> [Int64: Story] {
        Dictionary(uniqueKeysWithValues: try load(selecting: selection, arguments: arguments))
    }

    private func load(selecting selection: String, arguments: StatementArguments) throws -> [(rowID: Int64, story: Story)] {
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
        let headByID = Dictionary(heads.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        // Items stream through a cursor, one story's rows at a time, so only the built
        // stories stay in memory, not every row of a large selection.
        var built: [Int64: Story] = [:]
        var storyID: Int64?
        var members: [Row] = []
        func finishStory() throws {
            if let storyID, let head = headByID[storyID], let story = try story(head, members: members) {
                built[storyID] = story
            }
            members.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT i.* FROM (\(selection)) AS chosen JOIN items i ON i.story = chosen.id
                ORDER BY i.story, i.effective, i.source_id, i.id
                """,
            arguments: arguments
        )
        while let row = try rows.next() {
            let id: Int64 = row["story"]
            if id != storyID {
                try finishStory()
                storyID = id
            }
            members.append(row.copy())
        }
        try finishStory()
        return heads.compactMap { head in
            let rowID: Int64 = head["id"]
            return built[rowID].map { (rowID, $0) }
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

import FeedMerge
import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// How the story with this published id, or the story holding an item with this link
    /// (or canonical URL key), was assembled; nil when there is none. A story merged into
    /// another is explained by the one it was merged into (which lists it in `merged`).
    public func explain(_ storyIDOrLink: String) throws -> StoryExplanation? {
        try read("explain \(storyIDOrLink)") { db in
            guard let story = try Self.storyRow(for: storyIDOrLink, in: db) else { return nil }
            return try Self.explanation(of: story, in: db)
        }
    }

    private static func storyRow(for text: String, in db: Database) throws -> Int64? {
        if var story = try Int64.fetchOne(db, sql: "SELECT id FROM stories WHERE public_id = ?", arguments: [text]) {
            var seen: Set<Int64> = [story]
            while let target = try Int64.fetchOne(db, sql: "SELECT merged_into FROM stories WHERE id = ?", arguments: [story]),
                  seen.insert(target).inserted {
                story = target
            }
            return story
        }
        let urlKey = CanonicalURL.matchKey(text)
        return try Int64.fetchOne(
            db, sql: "SELECT story FROM items WHERE link = ? OR url_key = ? ORDER BY id LIMIT 1", arguments: [text, urlKey]
        )
    }

    private static func explanation(of story: Int64, in db: Database) throws -> StoryExplanation? {
        guard let head = try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [story]) else { return nil }
        let mergedInto: Int64? = head["merged_into"]
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, source_id, title, link, effective, match FROM items WHERE story = ? ORDER BY effective, id
            """, arguments: [story])
        let publicIDOf = try db.cachedStatement(sql: "SELECT public_id FROM stories WHERE id = ?")
        let sourceOf = try db.cachedStatement(sql: "SELECT source_id FROM items WHERE id = ?")
        func publicID(_ story: Int64) throws -> String { try String.fetchOne(publicIDOf, arguments: [story]) ?? String(story) }
        func evidence(_ value: MatchEvidence) throws -> StoryExplanation.Evidence {
            StoryExplanation.Evidence(
                story: try publicID(value.story), rule: value.rule,
                withSource: try value.member.flatMap { try String.fetchOne(sourceOf, arguments: [$0]) },
                score: value.score, guards: value.guards, refusal: value.refusal
            )
        }
        let primary: Int64? = head["primary_item"]
        let members = try rows.map { row in
            let record = MatchRecord.decoded(row["match"])
            return StoryExplanation.Member(
                sourceID: row["source_id"], title: row["title"], link: row["link"],
                published: Date(storedSeconds: row["effective"] as Double), isPrimary: row["id"] == primary,
                joined: try record?.joined.map(evidence), merged: try record?.merged.map(evidence) ?? [],
                refused: try record?.refused.map(evidence) ?? [],
                refusedTotal: record.map { $0.refusedCount ?? $0.refused.count } ?? 0
            )
        }
        return StoryExplanation(
            id: head["public_id"], mergedInto: try mergedInto.map(publicID),
            merged: try String.fetchAll(
                db, sql: "SELECT public_id FROM stories WHERE merged_into = ? ORDER BY id", arguments: [story]),
            published: Date(storedSeconds: head["published"] as Double), updated: Date(storedSeconds: head["updated"] as Double),
            primarySource: members.first(where: \.isPrimary)?.sourceID, members: members
        )
    }
}

import Foundation
import GRDB

extension FeedStore {
    /// A value the aggregator keeps between runs (e.g. what it last published), or nil.
    public func meta(_ key: String) throws -> String? {
        try read("read \(key)") { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
    }

    /// Keeps `value` under `key`.
    public func setMeta(_ key: String, _ value: String) throws {
        try write("write \(key)") { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// A summary of everything the published files are made from in the store: it
    /// changes whenever an item or a story is added, edited, joined or deleted.
    public func changeStamp() throws -> String {
        try read("read the change stamp") { db in
            let columns = ["stories", "last_update", "items", "last_item", "priorities"]
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM stories WHERE merged_into IS NULL) AS stories, (SELECT max(updated) FROM stories) AS last_update,
                       (SELECT count(*) FROM items) AS items, (SELECT max(id) FROM items) AS last_item,
                       (SELECT total(priority) FROM items) AS priorities
                """)
            return columns.map { column in (row?[column] as DatabaseValue?).map { "\($0)" } ?? "-" }
                .joined(separator: "/")
        }
    }

    /// Saves the fetch state of several sources in one transaction.
    public func saveFetchStates(_ states: [(sourceID: String, state: FetchState)]) throws {
        guard !states.isEmpty else { return }
        try write("save fetch states") { db in
            for (sourceID, state) in states { try save(state, sourceID: sourceID, in: db) }
        }
    }
}

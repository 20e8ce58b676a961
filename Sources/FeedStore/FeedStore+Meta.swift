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
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM stories), (SELECT max(updated) FROM stories),
                       (SELECT count(*) FROM items), (SELECT max(id) FROM items),
                       (SELECT total(priority) FROM items)
                """)
            let values: [String] = (0..<5).map { index in
                (row?[index] as DatabaseValue?).map { "\($0)" } ?? "-"
            }
            return values.joined(separator: "/")
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

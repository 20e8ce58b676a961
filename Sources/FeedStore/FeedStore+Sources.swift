import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// Records the sources of feeds.yaml, keeping each one's fetch state.
    ///
    /// A new source is added with an empty fetch state. A known source takes the new
    /// name, priority and enabled flag; when only how it is read changed, its validators
    /// are dropped (so the next fetch reads it whole); when its URL changed, the state tied to the old
    /// address is cleared (ETag, Last-Modified, `gone`, `movedTo`, the back-off's
    /// `nextFetch` and `consecutiveFailures`), so the new address is fetched at once.
    /// A source no longer listed is kept, disabled: its items still belong to stories.
    /// A changed priority or level re-elects the primary item of the stories its items are in.
    public func syncSources(_ sources: [SourceRecord]) throws {
        try write("sync sources") { db in
            var known: [String: (url: String, priority: Int, reading: String, level: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, url, priority, reading, level FROM sources") {
                known[row["id"]] = (row["url"], row["priority"], row["reading"], row["level"])
            }
            try db.execute(sql: "UPDATE sources SET enabled = 0")
            for source in sources {
                let old = known[source.id]
                if let old {
                    try db.execute(
                        sql: "UPDATE sources SET name = ?, priority = ?, enabled = ?, reading = ?, level = ? WHERE id = ?",
                        arguments: [source.name, source.priority, source.enabled, source.reading, source.level.rawValue, source.id]
                    )
                    if old.url != source.url {
                        try Self.move(source, in: db)
                    } else if old.reading != source.reading {
                        try db.execute(
                            sql: "UPDATE sources SET etag = NULL, last_modified = NULL WHERE id = ?", arguments: [source.id]
                        )
                    }
                } else {
                    try db.execute(
                        sql: "INSERT INTO sources (id, name, url, priority, enabled, reading, level) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [source.id, source.name, source.url, source.priority, source.enabled, source.reading, source.level.rawValue]
                    )
                }
                if old?.priority != source.priority || old?.level != source.level.rawValue {
                    try Self.reprioritize(source, in: db)
                }
                known[source.id] = (source.url, source.priority, source.reading, source.level.rawValue)
            }
        }
    }

    /// Takes a source's new URL and clears the state tied to the old one.
    private static func move(_ source: SourceRecord, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE sources SET url = ?, etag = NULL, last_modified = NULL, gone = 0,
                    moved_to = NULL, next_fetch = NULL, consecutive_failures = 0
                WHERE id = ?
                """,
            arguments: [source.url, source.id]
        )
    }

    /// Gives a source's items its new priority and level and re-elects their stories' primaries
    /// (also for items stored before their source was known, which had priority 0).
    private static func reprioritize(_ source: SourceRecord, in db: Database) throws {
        try db.execute(
            sql: "UPDATE items SET priority = ?, level = ? WHERE source_id = ?",
            arguments: [source.priority, source.level.rawValue, source.id]
        )
        let stories = try Int64.fetchAll(
            db, sql: "SELECT DISTINCT story FROM items WHERE source_id = ?", arguments: [source.id]
        )
        for story in stories {
            try StoryPrimary.elect(story: story, in: db, changedAt: nil)
        }
    }

    /// The fetch state of every source the store knows, by source id.
    public func fetchStates() throws -> [String: FetchState] {
        try read("read fetch states") { db in
            var states: [String: FetchState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM sources") {
                states[row["id"]] = FetchState(row: row)
            }
            return states
        }
    }

    /// Saves the fetch state of a source after an attempt.
    ///
    /// - Throws: ``StoreError`` when the source is unknown (not given to ``syncSources(_:)``).
    public func saveFetchState(_ state: FetchState, sourceID: String) throws {
        try write("save fetch state of \(sourceID)") { db in try save(state, sourceID: sourceID, in: db) }
    }

    /// Writes one source's fetch state in an open transaction.
    func save(_ state: FetchState, sourceID: String, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE sources SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?,
                    last_status = ?, last_error = ?, consecutive_failures = ?, next_fetch = ?,
                    moved_to = ?, gone = ?, last_item_count = ?
                WHERE id = ?
                """,
            arguments: [
                state.etag, state.lastModified, state.lastAttempt?.storedSeconds,
                state.lastSuccess?.storedSeconds, state.lastStatus, state.lastError,
                state.consecutiveFailures, state.nextFetch?.storedSeconds, state.movedTo,
                state.gone, state.lastItemCount, sourceID,
            ]
        )
        if db.changesCount == 0 {
            throw StoreError(path: path, operation: "save fetch state of \(sourceID)", message: "unknown source")
        }
    }

    /// The sources the store knows, sorted by id (feeds.yaml's and the disabled ones).
    public func sources() throws -> [SourceRecord] {
        try read("read sources") { db in
            try Row.fetchAll(db, sql: "SELECT id, name, url, priority, enabled, level FROM sources ORDER BY id").map {
                SourceRecord(
                    id: $0["id"], name: $0["name"], url: $0["url"], priority: $0["priority"],
                    enabled: $0["enabled"], level: PortalInfo.Level(rawValue: $0["level"]) ?? .agency
                )
            }
        }
    }
}

extension FetchState {
    /// The state stored in a `sources` row.
    init(row: Row) {
        self.init(
            etag: row["etag"], lastModified: row["last_modified"],
            lastAttempt: Date(storedSeconds: row["last_attempt"]),
            lastSuccess: Date(storedSeconds: row["last_success"]),
            lastStatus: row["last_status"], lastError: row["last_error"],
            consecutiveFailures: row["consecutive_failures"],
            nextFetch: Date(storedSeconds: row["next_fetch"]),
            movedTo: row["moved_to"], gone: row["gone"], lastItemCount: row["last_item_count"]
        )
    }
}

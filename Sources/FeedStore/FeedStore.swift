import FeedMerge
import FeedModel
import Foundation
import GRDB

/// The embedded store: sources and their fetch state, items, stories and provenance.
///
/// One SQLite file in WAL mode, through a GRDB `DatabasePool`: any number of readers,
/// one writer at a time. Every method is synchronous and safe to call from several
/// tasks at once (writes are serialized); every write is one transaction, so a failing
/// call leaves the data stored before it as it was. A call blocks its thread while SQLite
/// works: the aggregator calls the store from `FeedExecutors`' aggregation threads, never
/// from Swift's cooperative pool.
///
/// ```swift
/// let store = try FeedStore(config.store.resolved(relativeTo: folder))
/// try store.syncSources(records)
/// let report = try store.ingest(sourceID: "ba-dinh", items: keyed, seenAt: Date())
/// let stories = try store.latestStories(limit: 500)
/// ```
public final class FeedStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// Places every new item in a story (FeedMerge), over the store's SQLite index.
    let matcher: StoryMatcher

    /// Opens the store at `path` (creating the file and its parent folders) and migrates
    /// its schema to the current version.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - busyTimeout: How long a write waits for another process's write to finish
    ///     before it fails with "database is locked".
    ///   - matcher: The merge engine's settings (windows, thresholds).
    /// - Throws: ``StoreError`` (`store: <path>: <what>: <why>`) when the folder cannot be
    ///   created, the file is not an SQLite database, or the migration fails.
    public init(path: String, busyTimeout: TimeInterval = 5, matcher: StoryMatcher = StoryMatcher()) throws {
        self.path = path
        self.matcher = matcher
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.wrapping(error, path: path, operation: "create folder \(folder.path)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "FeedStore"
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync: a crash loses no committed transaction; a power cut
            // may lose the last ones, never the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Pages read through a memory map (no copy per page read, and the kernel's
            // page cache is shared by all connections), so each connection's own cache
            // stays small: 8 MB, which keeps a whole cycle of 600 sources under 150 MB.
            try db.execute(sql: "PRAGMA mmap_size = 268435456")
            try db.execute(sql: "PRAGMA cache_size = -8192")
            // Checkpoint every ~40 MB of WAL rather than 4 MB: pages that every ingest
            // touches (index interiors) are copied back and synced ten times less often.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, path: path, operation: "open")
        }
        do {
            try StoreSchema.migrator.migrate(pool)
        } catch {
            throw StoreError.wrapping(error, path: path, operation: "migrate")
        }
    }

    /// Opens the store at `location` (a path already resolved, see
    /// ``StoreLocation/resolved(relativeTo:)``), as ``init(path:busyTimeout:)`` does.
    public convenience init(_ location: StoreLocation, busyTimeout: TimeInterval = 5) throws {
        switch location {
        case .sqlite(let path): try self.init(path: path, busyTimeout: busyTimeout)
        }
    }

    /// How many sources, items and stories the store holds.
    public func counts() throws -> StoreCounts {
        try read("count") { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM items) AS items,
                       (SELECT count(*) FROM stories WHERE merged_into IS NULL) AS stories
                """)
            return StoreCounts(
                sources: row?["sources"] ?? 0, items: row?["items"] ?? 0, stories: row?["stories"] ?? 0
            )
        }
    }

    /// Runs `body` in one write transaction; any error rolls it back and becomes a ``StoreError``.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrapping(error, path: path, operation: operation)
        }
    }

    /// Runs `body` on a snapshot of the database; any error becomes a ``StoreError``.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrapping(error, path: path, operation: operation)
        }
    }
}

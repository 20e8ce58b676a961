import FeedMerge
import GRDB

/// The statements an ``Ingestion`` runs for every item, prepared once per ingest (from
/// the connection's statement cache) rather than looked up by their SQL for each item.
struct IngestionStatements {
    /// `(source_id)` → whether retention deleted any item of the source.
    let sourceHasForgotten: Statement
    /// `(source_id)` → `priority, level` of a source.
    let source: Statement
    /// The last item id AUTOINCREMENT gave.
    let lastItemID: Statement
    /// `(source_id, key)` → `id, story, key, content_hash, effective` of a stored item.
    let existing: Statement
    /// `(source_id, key)` → a row when retention deleted that item.
    let forgotten: Statement
    /// `(source_id, link_id)` → the same columns for a stored item with that article id.
    let existingByLinkID: Statement
    /// `(public_id, primary_item, published, updated, archive_month)`; changes nothing when the id is taken.
    let insertStory: Statement
    /// Every column of `items`, as named arguments (`:source_id`, `:guid`, …).
    let insertItem: Statement
    /// `(last_seen, id)`.
    let touchItem: Statement
    /// The columns an edit replaces, `:key`, `:last_seen` and `:id`, as named arguments.
    let editItem: Statement
    /// `(story, merged)`: moves the items of `merged` into `story`.
    let moveItems: Statement
    /// `(story, merged)`: records `merged` as merged into `story`.
    let markMerged: Statement
    /// `(story, merged)`: stories merged into `merged` before now point at `story`.
    let forwardMerged: Statement
    /// `(item)`: deletes an item's MinHash bands.
    let deleteBands: Statement
    /// `(week, band, item, effective)` × ``MinHash/bandCount``.
    let insertBands: Statement

    init(_ db: Database) throws {
        sourceHasForgotten = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM forgotten WHERE source_id = ?)")
        source = try db.cachedStatement(sql: "SELECT priority, level FROM sources WHERE id = ?")
        lastItemID = try db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'items'")
        existing = try db.cachedStatement(sql: """
            SELECT id, story, key, content_hash, effective FROM items WHERE source_id = ? AND key = ?
            """)
        forgotten = try db.cachedStatement(sql: "SELECT 1 FROM forgotten WHERE source_id = ? AND key = ?")
        existingByLinkID = try db.cachedStatement(sql: """
            SELECT id, story, key, content_hash, effective FROM items WHERE source_id = ? AND link_id = ?
            ORDER BY id LIMIT 1
            """)
        insertStory = try db.cachedStatement(sql: """
            INSERT INTO stories (public_id, primary_item, published, updated, archive_month) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (public_id) DO NOTHING
            """)
        insertItem = try db.cachedStatement(sql: """
            INSERT INTO items (id, source_id, key, story, priority, level, url_key, title_key, content_hash,
                link_id, shape_key, signals, match,
                guid, title, link, summary, content, published, updated, authors, categories,
                enclosures, comments, effective, first_seen, last_seen)
            VALUES (:id, :source_id, :key, :story, :priority, :level, :url_key, :title_key, :content_hash,
                :link_id, :shape_key, :signals, :match,
                :guid, :title, :link, :summary, :content, :published, :updated, :authors, :categories,
                :enclosures, :comments, :effective, :first_seen, :last_seen)
            """)
        touchItem = try db.cachedStatement(sql: "UPDATE items SET last_seen = max(last_seen, ?) WHERE id = ?")
        editItem = try db.cachedStatement(sql: """
            UPDATE items SET key = :key, url_key = :url_key, title_key = :title_key, content_hash = :content_hash,
                link_id = :link_id, shape_key = :shape_key, signals = :signals,
                guid = :guid, title = :title, link = :link, summary = :summary, content = :content,
                published = :published, updated = :updated, authors = :authors, categories = :categories,
                enclosures = :enclosures, comments = :comments, effective = :effective,
                last_seen = max(last_seen, :last_seen)
            WHERE id = :id
            """)
        moveItems = try db.cachedStatement(sql: "UPDATE items SET story = ? WHERE story = ?")
        markMerged = try db.cachedStatement(sql: "UPDATE stories SET merged_into = ?, primary_item = NULL WHERE id = ?")
        forwardMerged = try db.cachedStatement(sql: "UPDATE stories SET merged_into = ? WHERE merged_into = ?")
        deleteBands = try db.cachedStatement(sql: "DELETE FROM item_week_bands WHERE item = ?")
        let rows = Array(repeating: "(?, ?, ?, ?)", count: MinHash.bandCount).joined(separator: ", ")
        insertBands = try db.cachedStatement(sql: "INSERT OR IGNORE INTO item_week_bands (week, band, item, effective) VALUES \(rows)")
    }
}

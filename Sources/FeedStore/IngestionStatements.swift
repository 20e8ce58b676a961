import GRDB

/// The statements an ``Ingestion`` runs for every item, prepared once per ingest (from
/// the connection's statement cache) rather than looked up by their SQL for each item.
struct IngestionStatements {
    /// `(source_id, key)` → `id, story, content_hash, effective` of a stored item.
    let existing: Statement
    /// `(source_id, key)` → a row when retention deleted that item.
    let forgotten: Statement
    /// `(url_key, source_id)` → the oldest story of another source's item with that URL key.
    let storyByURL: Statement
    /// `(title_key, from, to, source_id, effective)` → the story of another source's item
    /// with that title key dated within [from, to], the nearest in date first.
    let storyByTitle: Statement
    /// `(public_id, primary_item, published, updated)`; changes nothing when the id is taken.
    let insertStory: Statement
    /// Every column of `items`, as named arguments (`:source_id`, `:guid`, …).
    let insertItem: Statement
    /// `(last_seen, id)`.
    let touchItem: Statement
    /// The columns an edit replaces, `:last_seen` and `:id`, as named arguments.
    let editItem: Statement

    init(_ db: Database) throws {
        existing = try db.cachedStatement(sql: """
            SELECT id, story, content_hash, effective FROM items WHERE source_id = ? AND key = ?
            """)
        forgotten = try db.cachedStatement(sql: "SELECT 1 FROM forgotten WHERE source_id = ? AND key = ?")
        storyByURL = try db.cachedStatement(sql: """
            SELECT story FROM items WHERE url_key = ? AND source_id <> ? ORDER BY story LIMIT 1
            """)
        storyByTitle = try db.cachedStatement(sql: """
            SELECT story FROM items
            WHERE title_key = ? AND effective BETWEEN ? AND ? AND source_id <> ?
            ORDER BY abs(effective - ?), story LIMIT 1
            """)
        insertStory = try db.cachedStatement(sql: """
            INSERT INTO stories (public_id, primary_item, published, updated) VALUES (?, ?, ?, ?)
            ON CONFLICT (public_id) DO NOTHING
            """)
        insertItem = try db.cachedStatement(sql: """
            INSERT INTO items (id, source_id, key, story, priority, url_key, title_key, content_hash,
                guid, title, link, summary, content, published, updated, authors, categories,
                enclosures, comments, effective, first_seen, last_seen)
            VALUES (:id, :source_id, :key, :story, :priority, :url_key, :title_key, :content_hash,
                :guid, :title, :link, :summary, :content, :published, :updated, :authors, :categories,
                :enclosures, :comments, :effective, :first_seen, :last_seen)
            """)
        touchItem = try db.cachedStatement(sql: "UPDATE items SET last_seen = max(last_seen, ?) WHERE id = ?")
        editItem = try db.cachedStatement(sql: """
            UPDATE items SET url_key = :url_key, title_key = :title_key, content_hash = :content_hash,
                guid = :guid, title = :title, link = :link, summary = :summary, content = :content,
                published = :published, updated = :updated, authors = :authors, categories = :categories,
                enclosures = :enclosures, comments = :comments, effective = :effective,
                last_seen = max(last_seen, :last_seen)
            WHERE id = :id
            """)
    }
}

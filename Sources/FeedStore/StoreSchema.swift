import GRDB

/// The store's schema, as append-only migrations: a migration once shipped never
/// changes; a new column or table is a new migration ("v2", …).
///
/// Dates are `REAL` seconds since 2001-01-01T00:00:00Z (see `Date.storedSeconds`). An
/// item's `effective` date is the date the story machinery uses: its `published`, else
/// its `updated`, else when it was first seen. An item's `priority` is its source's,
/// copied so that `items_story` orders a story's items by rank: electing the primary
/// item is one index seek.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createVersion1)
        migrator.registerMigration("v2") { db in
            // What the aggregator keeps between runs: the last publication's fingerprint.
            try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
            // How each source is read (rules, filters, zone): a change drops its validators.
            try db.execute(sql: "ALTER TABLE sources ADD COLUMN reading TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v3", migrate: createVersion3)
        migrator.registerMigration("v4", migrate: createVersion4)
        migrator.registerMigration("v5", migrate: createVersion5)
        return migrator
    }

    /// The merge engine's index (FeedMerge's `StoryIndex` over SQLite): each source's
    /// level, each item's level, article id, shape key, signals and how it joined its
    /// story (`match`, JSON), the MinHash bands of every item, and stories merged into another.
    private static func createVersion3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE sources ADD COLUMN level TEXT NOT NULL DEFAULT 'agency';
            ALTER TABLE items ADD COLUMN level TEXT NOT NULL DEFAULT 'agency';
            ALTER TABLE items ADD COLUMN link_id TEXT;
            ALTER TABLE items ADD COLUMN shape_key TEXT;
            ALTER TABLE items ADD COLUMN signals TEXT NOT NULL DEFAULT '';
            ALTER TABLE items ADD COLUMN match TEXT;
            ALTER TABLE stories ADD COLUMN merged_into INTEGER REFERENCES stories(id);
            CREATE INDEX items_link_id ON items(link_id) WHERE link_id IS NOT NULL;
            CREATE INDEX items_source_link_id ON items(source_id, link_id) WHERE link_id IS NOT NULL;
            CREATE INDEX items_shape_key ON items(shape_key, effective) WHERE shape_key IS NOT NULL;
            CREATE INDEX stories_merged_into ON stories(merged_into) WHERE merged_into IS NOT NULL;
            CREATE TABLE item_bands (
                band INTEGER NOT NULL,
                effective REAL NOT NULL,
                item INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                PRIMARY KEY (band, effective, item)
            ) WITHOUT ROWID;
            CREATE INDEX item_bands_item ON item_bands(item);
            """)
    }

    /// MinHash bands keyed by week first (`week` = `effective` / 604,800, truncated): items
    /// arrive in date order, so a new item's bands go next to the last days' instead of
    /// at random places of one table-wide index, and a lookup seeks each week of its window
    /// (one or two for the 3-day near-duplicate window) for each band. With `(band,
    /// effective, item)` every insert touched a random page, and ingest slowed as the
    /// table grew.
    private static func createVersion4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE item_week_bands (
                week INTEGER NOT NULL,
                band INTEGER NOT NULL,
                item INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                effective REAL NOT NULL,
                PRIMARY KEY (week, band, item)
            ) WITHOUT ROWID;
            INSERT INTO item_week_bands (week, band, item, effective)
                SELECT CAST(effective / 604800 AS INTEGER), band, item, effective FROM item_bands;
            DROP TABLE item_bands;
            CREATE INDEX item_week_bands_item ON item_week_bands(item);
            """)
    }

    /// Each story's archive month (`YYYY-MM`, UTC): when it was first stored, which never
    /// changes, so that a story is in exactly one RFC 5005 archive document. Stories
    /// stored before are given the month their first item was seen.
    private static func createVersion5(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE stories ADD COLUMN archive_month TEXT NOT NULL DEFAULT '';
            UPDATE stories SET archive_month = strftime('%Y-%m',
                coalesce((SELECT min(first_seen) FROM items WHERE items.story = stories.id), published) + 978307200,
                'unixepoch');
            CREATE INDEX stories_archive_month ON stories(archive_month) WHERE merged_into IS NULL;
            """)
    }

    /// The week an item's bands are filed under: its effective date (stored seconds) in
    /// weeks, truncated as SQLite's `CAST(… AS INTEGER)` truncates.
    static func bandWeek(_ effective: Double) -> Int64 {
        Int64(effective / 604_800)
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sources (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                priority INTEGER NOT NULL,
                enabled INTEGER NOT NULL,
                etag TEXT,
                last_modified TEXT,
                last_attempt REAL,
                last_success REAL,
                last_status INTEGER,
                last_error TEXT,
                consecutive_failures INTEGER NOT NULL DEFAULT 0,
                next_fetch REAL,
                moved_to TEXT,
                gone INTEGER NOT NULL DEFAULT 0,
                last_item_count INTEGER
            );

            CREATE TABLE stories (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                public_id TEXT NOT NULL UNIQUE,
                primary_item INTEGER,
                published REAL NOT NULL,
                updated REAL NOT NULL
            );
            CREATE INDEX stories_newest ON stories(published);

            CREATE TABLE items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                source_id TEXT NOT NULL,
                key TEXT NOT NULL,
                story INTEGER NOT NULL REFERENCES stories(id),
                priority INTEGER NOT NULL,
                url_key TEXT,
                title_key TEXT,
                content_hash TEXT NOT NULL,
                guid TEXT,
                title TEXT,
                link TEXT,
                summary TEXT,
                content TEXT,
                published REAL,
                updated REAL,
                authors TEXT NOT NULL,
                categories TEXT NOT NULL,
                enclosures TEXT NOT NULL,
                comments TEXT,
                effective REAL NOT NULL,
                first_seen REAL NOT NULL,
                last_seen REAL NOT NULL
            );
            CREATE UNIQUE INDEX items_source_key ON items(source_id, key);
            CREATE INDEX items_url_key ON items(url_key, story) WHERE url_key IS NOT NULL;
            CREATE INDEX items_title_key ON items(title_key, effective) WHERE title_key IS NOT NULL;
            CREATE INDEX items_story ON items(story, priority DESC, effective, source_id, id);

            CREATE TABLE forgotten (
                source_id TEXT NOT NULL,
                key TEXT NOT NULL,
                forgotten_at REAL NOT NULL,
                PRIMARY KEY (source_id, key)
            ) WITHOUT ROWID;
            """)
    }
}

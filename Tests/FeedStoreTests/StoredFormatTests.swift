import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import GRDB
import Testing

/// The file as other tools (and older FeedBridge versions) see it: the JSON columns and
/// the dates, read and written the same way.
@Suite(.offCooperativePool) struct StoredFormatTests {
    @Test func ingest_authorsCategoriesEnclosures_areStoredAsPlainJSON() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi")])
        let item = Item(
            id: "1", title: "Tin", published: origin,
            authors: [Person(name: "Phòng Văn hoá", uri: "https://hanoi.example/vh"), Person(email: "a@b.vn")],
            categories: ["Tin tức", "Số \"1\""],
            enclosures: [Enclosure(url: "https://hanoi.example/a.jpg", type: "image/jpeg", length: 123_456)]
        )
        _ = try store.ingest(sourceID: "hanoi", items: [KeyedItem(item: item, source: "hanoi", key: "1")], seenAt: origin)

        let row = try #require(try DatabaseQueue(path: fixture.path).read { db in
            try Row.fetchOne(db, sql: "SELECT authors, categories, enclosures, published FROM items")
        })
        let authors: String = row["authors"]
        let categories: String = row["categories"]
        let enclosures: String = row["enclosures"]
        let published: Double = row["published"]
        #expect(authors == #"[{"name":"Phòng Văn hoá","uri":"https://hanoi.example/vh"},{"email":"a@b.vn"}]"#)
        #expect(categories == #"["Tin tức","Số \"1\""]"#)
        #expect(enclosures == #"[{"length":123456,"type":"image/jpeg","url":"https://hanoi.example/a.jpg"}]"#)
        // Seconds since 2001-01-01, Foundation's reference date.
        #expect(published == origin.timeIntervalSince1970 - 978_307_200)
    }

    @Test func latestStories_rowWrittenByAnOlderVersion_readsBackEveryField() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi")])
        // A row as FeedBridge 0.1 wrote it, with its own JSON writer.
        try DatabaseQueue(path: fixture.path).write { db in
            try db.execute(sql: """
                INSERT INTO stories (id, public_id, primary_item, published, updated) VALUES (1, 'tag:s1', 1, 773000000, 773000000);
                INSERT INTO items (id, source_id, key, story, priority, content_hash, guid, title, published,
                    authors, categories, enclosures, effective, first_seen, last_seen)
                VALUES (1, 'hanoi', 'k', 1, 10, 'h', 'g', 'Tin', 773000000,
                    '[{"name":"Lê Thu","email":"thu@hanoi.example"}]', '["Tin tức"]',
                    '[{"url":"https://hanoi.example/b.pdf","length":7},{"url":"https://hanoi.example/c.jpg","type":"image/jpeg"}]',
                    773000000, 773000000, 773000000);
                """)
        }
        let story = try #require(try store.latestStories(limit: 1).first)
        #expect(story.item.authors == [Person(name: "Lê Thu", email: "thu@hanoi.example")])
        #expect(story.item.categories == ["Tin tức"])
        #expect(story.item.enclosures == [
            Enclosure(url: "https://hanoi.example/b.pdf", length: 7),
            Enclosure(url: "https://hanoi.example/c.jpg", type: "image/jpeg"),
        ])
        #expect(story.item.published == Date(timeIntervalSinceReferenceDate: 773_000_000))
    }
}

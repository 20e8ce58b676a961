import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// `feed.json`, read back with our parser and Foundation's JSON parser.
@Suite(.offCooperativePool) struct JSONFeedOutputTests {
    typealias Fixture = PublicationFixture

    private func object(_ output: OutputDirectory) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: output.path("feed.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func publish_json_parsesBackWithItems() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let feed = try output.feed("feed.json")
        #expect(feed.format == .jsonfeed)
        #expect(feed.title == "Hà Nội — Tin tức tổng hợp")
        #expect(feed.link == "http://127.0.0.1:8080/index.html")
        #expect(feed.items.map(\.id) == [Fixture.festival.id, Fixture.meeting.id, Fixture.harvest.id])
        #expect(feed.items.map(\.link) == [Fixture.festival.item.link, Fixture.meeting.item.link, Fixture.harvest.item.link])
        let festival = feed.items[0]
        #expect(festival.published == Fixture.date("2026-11-29T07:05:00Z"))
        #expect(festival.updated == Fixture.date("2026-11-29T09:30:00Z"))
        #expect(festival.categories == ["Văn hóa", "Sự kiện"])
        #expect(festival.authors.map(\.name) == ["Nguyễn Văn An", "toasoan@hanoi.gov.vn"])
        #expect(festival.content == Fixture.festival.item.content)
        #expect(festival.enclosures.map(\.url) == ["https://hanoi.gov.vn/anh/le-hoi.jpg", "https://hanoi.gov.vn/files/ke-hoach.pdf"])
        #expect(festival.enclosures.map(\.type) == ["image/jpeg", "application/pdf"])
    }

    @Test func publish_json_alsoCarriesTheFirstAuthorForJSONFeed10Readers() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let json = try object(output)
        #expect((json["author"] as? [String: Any])?["name"] as? String == "Hà Nội — Tin tức tổng hợp")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect((items[0]["author"] as? [String: Any])?["name"] as? String == "Nguyễn Văn An")
        #expect((items[0]["author"] as? [String: Any])?["url"] as? String == "mailto:an@hanoi.gov.vn")
        #expect((items[0]["authors"] as? [[String: Any]])?.count == 2)
        // A story without authors has neither.
        let authorless = items.first { ($0["authors"] as? [Any])?.isEmpty != false }
        #expect(authorless.map { $0["author"] == nil } ?? true)
    }

    @Test func publish_json_followsJSONFeed11() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let json = try object(output)
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["feed_url"] as? String == "http://127.0.0.1:8080/feed.json")
        #expect(json["language"] as? String == "vi")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items[0]["summary"] as? String == "Lễ hội mùa thu khai mạc tại Hoàn Kiếm.")
        #expect(items[0]["image"] as? String == "https://hanoi.gov.vn/anh/le-hoi.jpg")
        #expect(items[0]["date_published"] as? String == "2026-11-29T07:05:00Z")
        let attachments = try #require(items[0]["attachments"] as? [[String: Any]])
        #expect(attachments.map { $0["mime_type"] as? String } == ["image/jpeg", "application/pdf"])
        #expect(attachments[0]["size_in_bytes"] as? Int == 48_213)
        #expect(items[2]["summary"] == nil)
        #expect(items[2]["content_html"] as? String == Fixture.harvest.item.content)
    }

    @Test func publish_json_extensionListsEveryPortal() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let items = try #require(try object(output)["items"] as? [[String: Any]])
        let provenance = try #require(items[0]["_feedbridge"] as? [String: Any])
        let source = try #require(provenance["source"] as? [String: String])
        #expect(source == ["id": "hanoi", "name": "Cổng thông tin điện tử Hà Nội", "url": "https://hanoi.gov.vn/tin/le-hoi-123"])
        let others = try #require(provenance["also_published_by"] as? [[String: String]])
        #expect(others == [
            ["id": "ba-dinh", "name": "Phường Ba Đình", "url": "https://badinh.hanoi.gov.vn/tin/le-hoi"],
            ["id": "hoan-kiem", "name": "Phường Hoàn Kiếm", "url": "https://hoankiem.hanoi.gov.vn/tin/le-hoi"],
        ])
        let alone = try #require(items[1]["_feedbridge"] as? [String: Any])
        #expect((alone["also_published_by"] as? [Any])?.isEmpty == true)
    }

    @Test func publish_json_summaryIsPlainTextWithReferencesDecoded() throws {
        var story = Fixture.meeting
        story.item.summary = "<p>Tin &amp; <a href=\"https://a.vn/?x=1&amp;y=2\">ảnh</a>&nbsp;mới<br/>dòng &#8220;hai&#x201D; &lt;b&gt;</p>"
        let output = try OutputDirectory()
        try output.publish(Fixture.publication(stories: [story]))
        let items = try #require(try object(output)["items"] as? [[String: Any]])
        #expect(items[0]["summary"] as? String == "Tin & ảnh mới dòng “hai” <b>")
        #expect(items[0]["content_html"] as? String == story.item.summary)
    }
}

import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// `feed.rss`, read back with our parser and an XML parser.
@Suite(.offCooperativePool) struct RSSOutputTests {
    typealias Fixture = PublicationFixture

    @Test func publish_rss_parsesBackWithChannelAndItems() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let feed = try output.feed("feed.rss")
        #expect(feed.format == .rss20)
        #expect(!feed.malformed)
        #expect(feed.title == "Hà Nội — Tin tức tổng hợp")
        #expect(feed.link == "http://127.0.0.1:8080/index.html")
        #expect(feed.language == "vi")
        #expect(feed.updated == Fixture.date("2026-11-29T09:30:00Z"))
        #expect(feed.items.map(\.id) == [Fixture.festival.id, Fixture.meeting.id, Fixture.harvest.id])
        #expect(feed.items.map(\.link) == [Fixture.festival.item.link, Fixture.meeting.item.link, Fixture.harvest.item.link])
        let festival = feed.items[0]
        #expect(festival.published == Fixture.date("2026-11-29T07:05:00Z"))
        #expect(festival.authors.map { $0.name ?? $0.email } == ["Nguyễn Văn An", "toasoan@hanoi.gov.vn"])
        #expect(festival.categories == ["Văn hóa", "Sự kiện"])
        #expect(festival.summary == Fixture.festival.item.summary)
        #expect(festival.content == Fixture.festival.item.content)
        #expect(festival.enclosures == [
            Enclosure(url: "https://hanoi.gov.vn/anh/le-hoi.jpg", type: "image/jpeg", length: 48_213),
            Enclosure(url: "https://hanoi.gov.vn/files/ke-hoach.pdf", type: "application/pdf"),
        ])
        #expect(try output.xml("feed.rss").values("/rss/channel/item[1]/enclosure/@length") == ["48213", "0"])
        // Without a summary, the description is the content.
        #expect(feed.items[2].summary == Fixture.harvest.item.content)
    }

    @Test func publish_rss_datesAreRFC822InHanoiTime() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("feed.rss")
        #expect(try xml.values("/rss/channel/lastBuildDate") == ["Sun, 29 Nov 2026 16:30:00 +0700"])
        #expect(try xml.values("/rss/channel/item/pubDate")
            == ["Sun, 29 Nov 2026 14:05:00 +0700", "Sat, 28 Nov 2026 09:00:00 +0700", "Sat, 28 Nov 2026 01:30:00 +0700"])
        #expect(try xml.values("/rss/channel/item/guid/@isPermaLink") == ["false", "false", "false"])
        #expect(try xml.values("/rss/channel/ttl") == ["15"])
        #expect(try xml.values("/rss/channel/*[local-name()='link'][@rel='self']/@href") == ["http://127.0.0.1:8080/feed.rss"])
    }

    @Test func publish_rssInUTC_writesGMT() throws {
        var publication = Fixture.publication()
        publication.city.timeZone = TimeZone(identifier: "UTC")!
        let output = try OutputDirectory()
        try output.publish(publication, formats: [.rss])
        #expect(try output.xml("feed.rss").values("/rss/channel/item[1]/pubDate") == ["Sun, 29 Nov 2026 07:05:00 GMT"])
    }

    @Test func publish_rss_sourceNamesThePrimaryPortalsFeed() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("feed.rss")
        #expect(try xml.values("/rss/channel/item/source")
            == ["Cổng thông tin điện tử Hà Nội", "Phường Ba Đình", "Xã Sóc Sơn"])
        // Ba Đình has no feed of its own: its source is FeedBridge's sub-feed.
        #expect(try xml.values("/rss/channel/item/source/@url")
            == ["https://hanoi.gov.vn/rss", "http://127.0.0.1:8080/units/ba-dinh.atom", "https://socson.hanoi.gov.vn/feed.rss"])
        #expect(try xml.values("/rss/channel/item[1]/*[local-name()='portal']/@href")
            == ["https://hanoi.gov.vn/tin/le-hoi-123", "https://badinh.hanoi.gov.vn/tin/le-hoi", "https://hoankiem.hanoi.gov.vn/tin/le-hoi"])
    }
}

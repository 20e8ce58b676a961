import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// `feed.atom` and `units/<id>.atom`, read back with our parser and an XML parser.
@Suite(.offCooperativePool) struct AtomOutputTests {
    typealias Fixture = PublicationFixture

    @Test func publish_atom_parsesBackWithFeedIdentityAndLinks() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let feed = try output.feed("feed.atom")
        #expect(feed.format == .atom10)
        #expect(!feed.malformed)
        #expect(feed.id == "tag:hanoi.gov.vn,2025:city-feed")
        #expect(feed.title == "Hà Nội — Tin tức tổng hợp")
        #expect(feed.link == "http://127.0.0.1:8080/index.html")
        #expect(feed.updated == Fixture.date("2026-11-29T09:30:00Z"))
        #expect(feed.generator == "FeedBridge 0.1")
        #expect(feed.authors.map(\.name) == ["Hà Nội — Tin tức tổng hợp"])
        let xml = try output.xml("feed.atom")
        #expect(try xml.values("/*/*[local-name()='link'][@rel='self']/@href") == ["http://127.0.0.1:8080/feed.atom"])
    }

    @Test func publish_atom_entriesKeepStoryIdsDatesAuthorsCategoriesEnclosures() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let items = try output.feed("feed.atom").items
        #expect(items.map(\.id) == [Fixture.festival.id, Fixture.meeting.id, Fixture.harvest.id])
        #expect(items.map(\.link) == [Fixture.festival.item.link, Fixture.meeting.item.link, Fixture.harvest.item.link])
        #expect(items.map(\.title) == ["Lễ hội mùa thu Hà Nội 2026", "Phường Ba Đình tiếp công dân tháng 12", "Xã Sóc Sơn thu hoạch lúa"])
        let festival = items[0]
        #expect(festival.published == Fixture.date("2026-11-29T07:05:00Z"))
        #expect(festival.updated == Fixture.date("2026-11-29T09:30:00Z"))
        #expect(festival.authors == [
            Person(name: "Nguyễn Văn An", email: "an@hanoi.gov.vn"),
            Person(name: "toasoan@hanoi.gov.vn", email: "toasoan@hanoi.gov.vn"),
        ])
        #expect(festival.categories == ["Văn hóa", "Sự kiện"])
        #expect(festival.enclosures == [
            Enclosure(url: "https://hanoi.gov.vn/anh/le-hoi.jpg", type: "image/jpeg", length: 48_213),
            Enclosure(url: "https://hanoi.gov.vn/files/ke-hoach.pdf"),
        ])
        #expect(festival.summary == Fixture.festival.item.summary)
        #expect(festival.content == Fixture.festival.item.content)
        #expect(items[1].content == nil)
        #expect(items[2].summary == nil)
        #expect(items[2].content == Fixture.harvest.item.content)
    }

    @Test func publish_atom_entryCarriesProvenance() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("feed.atom")
        let entry = "/*/*[local-name()='entry'][1]"
        #expect(try xml.values("\(entry)/*[local-name()='link'][@rel='via']/@href")
            == ["https://badinh.hanoi.gov.vn/tin/le-hoi", "https://hoankiem.hanoi.gov.vn/tin/le-hoi"])
        #expect(try xml.values("\(entry)/*[local-name()='link'][@rel='via']/@title") == ["Phường Ba Đình", "Phường Hoàn Kiếm"])
        #expect(try xml.values("\(entry)/*[local-name()='source']/*[local-name()='title']") == ["Cổng thông tin điện tử Hà Nội"])
        #expect(try xml.values("\(entry)/*[local-name()='source']/*[local-name()='link'][@rel='alternate']/@href") == ["https://hanoi.gov.vn/"])
        // The source's <updated> is its sub-feed's (RFC 4287 4.2.11: the source feed's metadata).
        let unitUpdated = try output.xml("units/hanoi.atom").values("/*/*[local-name()='updated']")
        #expect(unitUpdated.count == 1)
        #expect(try xml.values("\(entry)/*[local-name()='source']/*[local-name()='updated']") == unitUpdated)
        #expect(try xml.values("\(entry)/*[local-name()='source']/*[local-name()='author']/*[local-name()='name']") == ["Cổng thông tin điện tử Hà Nội"])
        let portal = "\(entry)/*[local-name()='portal' and namespace-uri()='https://feedbridge.example/ns/1.0']"
        #expect(try xml.values("\(portal)/@id") == ["hanoi", "ba-dinh", "hoan-kiem"])
        #expect(try xml.values("\(portal)/@name") == ["Cổng thông tin điện tử Hà Nội", "Phường Ba Đình", "Phường Hoàn Kiếm"])
        #expect(try xml.values("\(portal)/@published") == ["2026-11-29T07:05:00Z", "2026-11-29T08:00:00Z", "2026-11-29T09:30:00Z"])
        #expect(try xml.values("/*/*[local-name()='entry'][2]/*[local-name()='link'][@rel='via']").isEmpty)
    }

    @Test func publish_units_eachPortalHasItsOwnAtomFeed() throws {
        let output = try OutputDirectory()
        let report = try output.publish(Fixture.publication())
        #expect(report.written.filter { $0.hasPrefix("units/") }
            == ["units/hanoi.atom", "units/ba-dinh.atom", "units/hoan-kiem.atom", "units/soc-son.atom"])
        let baDinh = try output.feed("units/ba-dinh.atom")
        #expect(!baDinh.malformed)
        #expect(baDinh.title == "Phường Ba Đình")
        #expect(baDinh.id == "tag:hanoi.gov.vn,2025:city-feed/units/ba-dinh")
        #expect(baDinh.link == "https://badinh.hanoi.gov.vn/tin-tuc")
        #expect(baDinh.items.map(\.id) == [Fixture.festival.id, Fixture.meeting.id])
        let xml = try output.xml("units/ba-dinh.atom")
        #expect(try xml.values("/*/*[local-name()='link'][@rel='self']/@href") == ["http://127.0.0.1:8080/units/ba-dinh.atom"])
    }

    @Test func publish_unitWithoutStories_isAValidEmptyFeedDatedWhenThePortalLastAnswered() throws {
        let output = try OutputDirectory()
        var publication = Fixture.publication(stories: [Fixture.meeting])
        publication.lastFetched = ["hoan-kiem": Fixture.date("2026-11-30T01:15:00Z")]
        try output.publish(publication)
        let feed = try output.feed("units/hoan-kiem.atom")
        #expect(!feed.malformed)
        #expect(feed.items.isEmpty)
        #expect(feed.updated == Fixture.date("2026-11-30T01:15:00Z"))
        // Never fetched yet: the city feed's newest change, never 1970.
        let never = try output.feed("units/soc-son.atom")
        #expect(never.items.isEmpty)
        #expect(never.updated == Fixture.meeting.updated)
    }
}

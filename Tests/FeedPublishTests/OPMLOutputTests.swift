import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// `sources.opml`, as a feed reader importing it would read it.
@Suite(.offCooperativePool) struct OPMLOutputTests {
    typealias Fixture = PublicationFixture

    @Test func publish_opml_listsEveryPortalWithTheRightFeed() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("sources.opml")
        #expect(try xml.values("/opml/@version") == ["2.0"])
        #expect(try xml.values("/opml/head/title") == ["Hà Nội — Tin tức tổng hợp"])
        let feeds = "//outline[@type='rss']"
        #expect(try xml.values("\(feeds)/@text")
            == ["Hà Nội — Tin tức tổng hợp", "Cổng thông tin điện tử Hà Nội", "Phường Ba Đình", "Phường Hoàn Kiếm", "Xã Sóc Sơn"])
        #expect(try xml.values("\(feeds)/@xmlUrl") == [
            "http://127.0.0.1:8080/feed.atom", "https://hanoi.gov.vn/rss",
            "http://127.0.0.1:8080/units/ba-dinh.atom", "http://127.0.0.1:8080/units/hoan-kiem.atom",
            "https://socson.hanoi.gov.vn/feed.rss",
        ])
        #expect(try xml.values("\(feeds)/@htmlUrl") == [
            "http://127.0.0.1:8080/index.html", "https://hanoi.gov.vn/", "https://badinh.hanoi.gov.vn/tin-tuc",
            "https://hoankiem.hanoi.gov.vn/", "https://socson.hanoi.gov.vn/",
        ], "a portal's site, never its feed")
    }

    @Test func publish_opml_groupsPortalsByLevel() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("sources.opml")
        #expect(try xml.values("/opml/body/outline[not(@type)]/@text") == ["Thành phố", "Phường", "Xã"])
        #expect(try xml.values("/opml/body/outline[@text='Phường']/outline/@text") == ["Phường Ba Đình", "Phường Hoàn Kiếm"])
    }

    @Test func publish_opml_wardsUnderADistrictAreGroupedUnderIt() throws {
        let portals = Fixture.portals + [
            PortalInfo(id: "quan-cu", name: "Quận Cũ", level: .district, parent: "hanoi", url: "https://quancu.vn/rss", hasFeed: true),
            PortalInfo(id: "phuong-cu", name: "Phường Cũ", level: .ward, parent: "quan-cu", url: "https://phuongcu.vn/rss", hasFeed: true),
        ]
        let output = try OutputDirectory()
        try output.publish(Fixture.publication(portals: portals))
        let xml = try output.xml("sources.opml")
        #expect(try xml.values("/opml/body/outline[@text='Phường']/outline[@text='Quận Cũ']/outline/@xmlUrl") == ["https://phuongcu.vn/rss"])
    }

    @Test func publish_opml_datesComeFromTheStories() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let xml = try output.xml("sources.opml")
        #expect(try xml.values("/opml/head/dateCreated") == ["Sat, 28 Nov 2026 01:30:00 +0700"])
        #expect(try xml.values("/opml/head/dateModified") == ["Sun, 29 Nov 2026 16:30:00 +0700"])
    }
}

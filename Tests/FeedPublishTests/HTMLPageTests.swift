import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// `index.html`, as a reader's browser would get it.
@Suite(.offCooperativePool) struct HTMLPageTests {
    typealias Fixture = PublicationFixture

    private func page(_ publication: Publication = Fixture.publication()) throws -> String {
        let output = try OutputDirectory()
        try output.publish(publication)
        return try output.text("index.html")
    }

    @Test func publish_html_isVietnameseWithAutodiscoveryAndFeedLinks() throws {
        let html = try page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains(#"<meta charset="utf-8"/>"#))
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#))
        #expect(html.contains("<title>Hà Nội — Tin tức tổng hợp</title>"))
        #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" title="Hà Nội — Tin tức tổng hợp (Atom)" href="feed.atom"/>"#))
        #expect(html.contains(#"type="application/rss+xml""#))
        #expect(html.contains(#"type="application/feed+json""#))
        #expect(html.contains(#"<a href="sources.opml" type="text/x-opml">OPML</a>"#))
        #expect(!html.contains("<script"))
    }

    @Test func publish_html_groupsStoriesByHanoiDay() throws {
        let html = try page()
        let sunday = try #require(html.range(of: "<h2>Chủ Nhật, 29/11/2026</h2>"))
        let saturday = try #require(html.range(of: "<h2>Thứ Bảy, 28/11/2026</h2>"))
        #expect(sunday.upperBound < saturday.lowerBound)
        // 18:30 UTC on the 27th is 01:30 on the 28th in Hanoi: one Saturday section.
        #expect(html.components(separatedBy: "<h2>Thứ Bảy").count == 2)
        #expect(!html.contains("27/11/2026"))
        #expect(html.contains(#"<time datetime="2026-11-29T07:05:00Z">14:05</time>"#))
        #expect(html.contains(#"<time datetime="2026-11-27T18:30:00Z">01:30</time>"#))
    }

    @Test func publish_html_showsStoryWithPortalExcerptAndOtherCopies() throws {
        let html = try page()
        #expect(html.contains(#"<h3><a href="https://hanoi.gov.vn/tin/le-hoi-123">Lễ hội mùa thu Hà Nội 2026</a></h3>"#))
        #expect(html.contains(#"<p class="meta">Cổng thông tin điện tử Hà Nội · <time"#))
        #expect(html.contains("<p>Lễ hội mùa thu khai mạc tại Hoàn Kiếm.</p>"))
        #expect(html.contains(#"<p class="also">Cũng đăng trên: <a href="https://badinh.hanoi.gov.vn/tin/le-hoi">Phường Ba Đình</a>, "#
            + #"<a href="https://hoankiem.hanoi.gov.vn/tin/le-hoi">Phường Hoàn Kiếm</a></p>"#))
        // Content without a summary gives the excerpt, block by block.
        #expect(html.contains("<p>Nông dân thu hoạch lúa mùa.</p>"))
    }

    @Test func publish_html_updatedLineComesFromTheNewestStory() throws {
        #expect(try page().contains(#"<p class="updated">Cập nhật lúc 16:30, 29/11/2026</p>"#))
        #expect(try page(Fixture.publication(stories: [])).contains("Chưa có tin nào."))
    }

    @Test func publish_html_listsPortalsWithSubFeeds() throws {
        let html = try page()
        #expect(html.contains("<h2>Các cổng thông tin (4)</h2>"))
        #expect(html.contains(#"<li><a href="https://badinh.hanoi.gov.vn/tin-tuc">Phường Ba Đình</a> · "#
            + #"<a href="units/ba-dinh.atom" type="application/atom+xml">Atom</a></li>"#))
        #expect(html.contains(#"<a href="https://hanoi.gov.vn/">Cổng thông tin điện tử Hà Nội</a>"#))
    }

    @Test func publish_html_excerptIsAtMostFortyWords() throws {
        var story = Fixture.meeting
        let words = (1...60).map { "từ\($0)" }
        story.item.summary = "<p>" + words.joined(separator: " <i>x</i> ") + "</p>"
        let html = try page(Fixture.publication(stories: [story]))
        let excerpt = (words.prefix(20).map { $0 + " x" }).joined(separator: " ") + "…"
        #expect(html.contains("<p>\(excerpt)</p>"))
    }

    @Test func publish_html_showsAtMostAHundredStories() throws {
        let stories = (0..<150).map { index in
            var story = Fixture.meeting
            story.id = "tag:hanoi.gov.vn,2025:story/n\(index)"
            story.item.title = "Tin số \(index)"
            story.published = Fixture.meeting.published.addingTimeInterval(Double(-index * 600))
            return story
        }
        let html = try page(Fixture.publication(stories: stories))
        #expect(html.components(separatedBy: "<article>").count - 1 == 100)
        #expect(html.contains(">Tin số 99<"))
        #expect(!html.contains(">Tin số 100<"))
    }
}

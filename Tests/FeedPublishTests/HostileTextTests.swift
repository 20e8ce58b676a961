import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// Strings from portals are data: markup, entities, `]]>`, quotes and control
/// characters come out escaped or dropped, and every file stays well-formed.
@Suite(.offCooperativePool) struct HostileTextTests {
    typealias Fixture = PublicationFixture

    static let hostileTitle = "<script>alert(\"x\")</script> & ]]> 'nháy' \u{1}\u{B}\u{7F}\u{FFFE}tab\there\r\nlf"
    /// What XML 1.0 keeps of it (CR is kept as a reference, LF and tab as they are).
    static let keptTitle = "<script>alert(\"x\")</script> & ]]> 'nháy' tab\there\r\nlf"

    /// A link with `&` (the parser percent-encodes quotes and angle brackets).
    static let link = "https://hanoi.gov.vn/tin?a=1&b=2"

    static func hostilePublication() -> Publication {
        var story = Fixture.festival
        story.item.title = hostileTitle
        story.item.link = Self.link
        story.item.summary = "<p>a ]]&gt; b &amp; c</p>"
        story.item.categories = ["Tin & \"sự kiện\" 5 > 3\u{0}"]
        story.item.authors = [Person(name: "O'Brien <ob@x> \u{2028}")]
        story.appearances[1].link = "javascript:alert(1)"
        var portals = Fixture.portals
        portals[1].name = "Phường <b>Ba Đình</b> & \"xã\""
        var publication = Fixture.publication(stories: [story, Fixture.meeting], portals: portals)
        publication.city.title = "Hà Nội <i>&amp;</i> ]]>"
        return publication
    }

    @Test(arguments: ["feed.atom", "feed.rss", "units/hanoi.atom", "units/ba-dinh.atom"])
    func publish_hostileStrings_feedStaysWellFormedAndKeepsTheText(file: String) throws {
        let output = try OutputDirectory()
        try output.publish(Self.hostilePublication())
        _ = try output.xml(file)
        let feed = try output.feed(file)
        #expect(!feed.malformed)
        let item = try #require(feed.items.first { $0.id == Fixture.festival.id })
        // The parser collapses whitespace; in RSS, where titles may be HTML, it drops the markup.
        let title = "<script>alert(\"x\")</script> & ]]> 'nháy' tab here lf"
        #expect(item.title == (file.hasSuffix(".rss") ? "& ]]> 'nháy' tab here lf" : title))
        #expect(item.summary == "<p>a ]]&gt; b &amp; c</p>")
        // Atom puts both in attributes, RSS in text.
        #expect(item.link == Self.link)
        #expect(item.categories == ["Tin & \"sự kiện\" 5 > 3"])
    }

    @Test func publish_hostileTitle_roundTripsExactlyInAtom() throws {
        let output = try OutputDirectory()
        try output.publish(Self.hostilePublication())
        let xml = try output.xml("feed.atom")
        #expect(try xml.values("/*/*[local-name()='entry'][1]/*[local-name()='title']") == [Self.keptTitle])
        #expect(try xml.values("/*/*[local-name()='title']") == ["Hà Nội <i>&amp;</i> ]]>"])
        let entry = "/*/*[local-name()='entry'][1]"
        #expect(try xml.values("\(entry)/*[local-name()='link'][@rel='alternate']/@href") == [Self.link])
        #expect(try xml.values("\(entry)/*[local-name()='category']/@term") == ["Tin & \"sự kiện\" 5 > 3"])
        // The javascript: copy is no link; the portal is still named.
        #expect(try xml.values("\(entry)/*[local-name()='link'][@rel='via']/@title") == ["Phường Hoàn Kiếm"])
        #expect(try xml.values("\(entry)/*[local-name()='portal']/@name")
            == ["Cổng thông tin điện tử Hà Nội", "Phường <b>Ba Đình</b> & \"xã\"", "Phường Hoàn Kiếm"])
        #expect(try xml.values("\(entry)/*[local-name()='author']/*[local-name()='name']") == ["O'Brien <ob@x> \u{2028}"])
    }

    @Test func publish_hostileStrings_jsonStaysValid() throws {
        let output = try OutputDirectory()
        try output.publish(Self.hostilePublication())
        let data = try Data(contentsOf: URL(fileURLWithPath: output.path("feed.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items[0]["title"] as? String == Self.hostileTitle)
        #expect(try output.feed("feed.json").items.first?.link == Self.link)
        #expect(items[0]["tags"] as? [String] == ["Tin & \"sự kiện\" 5 > 3\u{0}"])
    }

    @Test func publish_hostileStrings_htmlHasNoMarkupFromData() throws {
        let output = try OutputDirectory()
        try output.publish(Self.hostilePublication())
        let html = try output.text("index.html")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>Ba"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; ]]&gt; 'nháy' tab\there&#13;\nlf"))
        #expect(html.contains(#"<a href="https://hanoi.gov.vn/tin?a=1&amp;b=2">"#))
        #expect(html.contains("Cũng đăng trên: Phường &lt;b&gt;Ba Đình&lt;/b&gt; &amp; \"xã\", "))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        _ = try output.xml("index.html")
    }

    @Test func publish_hostileStrings_opmlStaysWellFormed() throws {
        let output = try OutputDirectory()
        try output.publish(Self.hostilePublication())
        let xml = try output.xml("sources.opml")
        #expect(try xml.values("//outline[@type='rss']/@text").contains("Phường <b>Ba Đình</b> & \"xã\""))
    }
}

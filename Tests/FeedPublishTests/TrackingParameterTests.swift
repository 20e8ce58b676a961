import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// Portals' links often carry `utm_*` or `fbclid` from the share buttons they were copied
/// from: the published files carry the links without them, every other part as written.
@Suite(.offCooperativePool) struct TrackingParameterTests {
    typealias Fixture = PublicationFixture

    static let trackedLink = "https://hanoi.gov.vn/tin/le-hoi-123?utm_source=zalo&id=7&fbclid=IwAR0x&UTM_Medium=share#anh"
    static let cleanLink = "https://hanoi.gov.vn/tin/le-hoi-123?id=7#anh"

    static func trackedPublication() -> Publication {
        var story = Fixture.festival
        story.item.link = trackedLink
        story.appearances[0].link = trackedLink
        story.appearances[1].link = "https://badinh.hanoi.gov.vn/tin/le-hoi?utm_campaign=thang-11"
        return Fixture.publication(stories: [story, Fixture.meeting], portals: Fixture.portals)
    }

    @Test(arguments: ["feed.atom", "feed.rss", "feed.json", "index.html", "units/hanoi.atom", "units/ba-dinh.atom"])
    func publish_linksWithTrackingParameters_areWrittenWithoutThem(file: String) throws {
        let output = try OutputDirectory()
        try output.publish(Self.trackedPublication())
        let text = try output.text(file)
        // The copies' links (Atom rel="via", fb:portal, also_published_by, "Cũng đăng trên") too.
        #expect(text.contains("https://badinh.hanoi.gov.vn/tin/le-hoi"))
        #expect(!text.contains("utm_") && !text.contains("UTM_") && !text.contains("fbclid"), "\(file) keeps a tracking parameter")
        if file.hasSuffix(".atom") || file.hasSuffix(".rss") {
            let item = try #require(try output.feed(file).items.first { $0.id == Fixture.festival.id })
            #expect(item.link == Self.cleanLink)
        } else {
            #expect(text.contains(file == "index.html" ? Self.cleanLink.replacingOccurrences(of: "&", with: "&amp;") : Self.cleanLink))
        }
    }
}

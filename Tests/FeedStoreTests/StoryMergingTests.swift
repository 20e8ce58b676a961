import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import Testing

@Suite(.offCooperativePool) struct StoryMergingTests {
    private let sources = [source("hanoi", priority: 100), source("ba-dinh", priority: 10), source("tay-ho", priority: 10)]

    @Test func ingest_sameURLKeyOnTwoPortals_oneStoryWithTheHigherPriorityCopyAsPrimaryAndTheEarliestDate() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let ward = keyed("w1", source: "ba-dinh", title: "Phường Ba Đình: họp báo", link: "https://ba-dinh.example/tin/1?utm_source=x",
                         published: day(0, hours: 1), urlKey: "hanoi.example/tin/1")
        let city = keyed("c1", source: "hanoi", title: "Họp báo quý III", link: "https://hanoi.example/tin/1",
                         published: day(0, hours: 3), urlKey: "hanoi.example/tin/1")
        _ = try store.ingest(sourceID: "ba-dinh", items: [ward], seenAt: day(1))
        let founded = try #require(try store.latestStories(limit: 1).first)

        #expect(try store.ingest(sourceID: "hanoi", items: [city], seenAt: day(2)) == IngestReport(newItems: 1, joinedStories: 1))
        let stories = try store.latestStories(limit: 10)
        #expect(stories.count == 1)
        let story = try #require(stories.first)
        #expect(story.id == founded.id)
        #expect(story.id == "tag:hanoi.gov.vn,2025:story:ba-dinh:w1")
        #expect(story.sourceID == "hanoi")
        #expect(story.item == city.item)
        // The story's date is its earliest copy's: a later primary does not move it.
        #expect(story.published == day(0, hours: 1))
        #expect(story.updated == day(2))
        #expect(story.appearances == [
            StoryAppearance(sourceID: "hanoi", link: city.item.link, title: city.item.title, published: day(0, hours: 3)),
            StoryAppearance(sourceID: "ba-dinh", link: ward.item.link, title: ward.item.title, published: day(0, hours: 1)),
        ])
        #expect(try store.latestStories(sourceID: "ba-dinh", limit: 10) == stories)
        #expect(try store.latestStories(sourceID: "hanoi", limit: 10) == stories)
        #expect(try store.latestStories(sourceID: "tay-ho", limit: 10).isEmpty)
    }

    @Test func ingest_equalPriorities_earliestCopyIsPrimaryAndAppearancesFollowDates() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "tay-ho", items: [keyed("t", source: "tay-ho", title: "Tây Hồ", published: day(3), urlKey: "u")], seenAt: day(4))
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("b", source: "ba-dinh", title: "Ba Đình", published: day(1), urlKey: "u")], seenAt: day(4))
        let story = try #require(try store.latestStories(limit: 1).first)
        #expect(story.sourceID == "ba-dinh")
        #expect(story.published == day(1))
        #expect(story.appearances.map(\.sourceID) == ["ba-dinh", "tay-ho"])
        #expect(story.id == "tag:hanoi.gov.vn,2025:story:tay-ho:t")
    }

    @Test(arguments: [(6.0, 1), (7.0, 1), (8.0, 2), (-6.0, 1), (-8.0, 2)])
    func ingest_sameTitleKeyOnAnotherPortal_joinsOnlyWithinSevenDays(daysApart: Double, stories: Int) throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let title = "hoa tiep cong dan dinh ky thang 7"
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("b", source: "ba-dinh", title: "Hoà", published: day(10), urlKey: "b.example/1", titleKey: title)], seenAt: day(20))
        let report = try store.ingest(sourceID: "tay-ho", items: [keyed("t", source: "tay-ho", title: "Hòa", published: day(10 + daysApart), urlKey: "t.example/1", titleKey: title)], seenAt: day(20))
        #expect(report.joinedStories == 2 - stories)
        #expect(try store.counts().stories == stories)
    }

    @Test func ingest_sameTitleKeyTwiceOnOnePortal_staysTwoStories() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let title = "lich tiep cong dan cua chu tich ubnd phuong"
        let items = [
            keyed("1", source: "ba-dinh", title: "Lịch tiếp công dân", published: day(0), titleKey: title),
            keyed("2", source: "ba-dinh", title: "Lịch tiếp công dân", published: day(3), titleKey: title),
        ]
        #expect(try store.ingest(sourceID: "ba-dinh", items: items, seenAt: day(4)) == IngestReport(newItems: 2, newStories: 2))
    }

    @Test func ingest_titleKeyOfTwoStoriesAlready_isGenericAndJoinsNeither() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let title = "ket qua ky hop thu muoi hoi dong nhan dan"
        _ = try store.ingest(sourceID: "ba-dinh", items: [
            keyed("1", source: "ba-dinh", title: "Kỳ họp (1)", published: day(0), titleKey: title),
            keyed("2", source: "ba-dinh", title: "Kỳ họp (2)", published: day(5), titleKey: title),
        ], seenAt: day(6))
        let report = try store.ingest(sourceID: "tay-ho", items: [keyed("t", source: "tay-ho", title: "Kỳ họp", published: day(4), titleKey: title)], seenAt: day(6))
        #expect(report == IngestReport(newItems: 1, newStories: 1))
        let own = try #require(try store.latestStories(sourceID: "tay-ho", limit: 5).first)
        #expect(own.appearances.map(\.sourceID) == ["tay-ho"])
        let explanation = try #require(try store.explain(own.id))
        let refused = try #require(explanation.members.first?.refused)
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { $0.guards.contains { $0.name == "generic_title" && !$0.passed } })
    }

    @Test func ingest_urlKeyWinsOverTitleKey() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let title = "khai mac le hoi hoa dao nhat tan"
        _ = try store.ingest(sourceID: "ba-dinh", items: [
            keyed("1", source: "ba-dinh", title: "Same title", published: day(0), urlKey: "other", titleKey: title),
            keyed("2", source: "ba-dinh", title: "Same link", published: day(30), urlKey: "link"),
        ], seenAt: day(31))
        _ = try store.ingest(sourceID: "hanoi", items: [keyed("h", source: "hanoi", title: "Both", published: day(1), urlKey: "link", titleKey: title)], seenAt: day(31))
        let story = try #require(try store.latestStories(sourceID: "hanoi", limit: 5).first)
        #expect(story.appearances.map(\.title) == ["Both", "Same link"])
    }
}

import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import Testing

@Suite(.offCooperativePool) struct RetentionTests {
    private let sources = [source("hanoi", priority: 100), source("ba-dinh", priority: 10)]

    /// One item per day of `days` from `sourceID`, keyed by its day.
    private func daily(_ sourceID: String, _ days: [Double]) -> [KeyedItem] {
        days.map { keyed("\(sourceID)-\($0)", source: sourceID, title: "Tin ngày \($0)", published: day($0)) }
    }

    @Test func retention_maxAge_deletesOlderItemsAndTheirEmptyStories() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: daily("hanoi", [0, 10, 20]), seenAt: day(20))
        let report = try store.applyRetention(RetentionPolicy(maxAge: 5 * 86_400, keepNewestStories: 0), now: day(21))
        #expect(report == RetentionReport(deletedItems: 2, deletedStories: 2))
        #expect(try store.latestStories(limit: 10).map(\.item.title) == ["Tin ngày 20.0"])
        #expect(try store.counts() == StoreCounts(sources: 2, items: 1, stories: 1))
    }

    @Test func retention_maxItemsPerSource_keepsEachSourcesNewest() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: daily("hanoi", [0, 1, 2, 3, 4]), seenAt: day(5))
        _ = try store.ingest(sourceID: "ba-dinh", items: daily("ba-dinh", [0.5, 1.5]), seenAt: day(5))
        let report = try store.applyRetention(RetentionPolicy(maxItemsPerSource: 2, keepNewestStories: 0), now: day(5))
        #expect(report == RetentionReport(deletedItems: 3, deletedStories: 3))
        #expect(try store.latestStories(sourceID: "hanoi", limit: 10).map(\.published) == [day(4), day(3)])
        #expect(try store.latestStories(sourceID: "ba-dinh", limit: 10).map(\.published) == [day(1.5), day(0.5)])
    }

    @Test func retention_keepNewestStories_neverShrinksThePublishedFeed() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: daily("hanoi", [0, 1, 2, 3, 4]), seenAt: day(5))
        let newest = try store.latestStories(limit: 3)
        let report = try store.applyRetention(
            RetentionPolicy(maxAge: 86_400, maxItemsPerSource: 1, keepNewestStories: 3), now: day(30)
        )
        #expect(report == RetentionReport(deletedItems: 2, deletedStories: 2))
        #expect(try store.latestStories(limit: 10) == newest)
    }

    @Test func retention_deletedItems_doNotComeBackOnTheNextFetch() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let feed = daily("hanoi", [0, 1, 2, 3])
        _ = try store.ingest(sourceID: "hanoi", items: feed, seenAt: day(4))
        _ = try store.applyRetention(RetentionPolicy(maxItemsPerSource: 2, keepNewestStories: 0), now: day(4))
        let kept = try store.latestStories(limit: 10)

        let report = try store.ingest(sourceID: "hanoi", items: feed + daily("hanoi", [5]), seenAt: day(6))
        #expect(report == IngestReport(newItems: 1, unchangedItems: 2, newStories: 1, forgottenItems: 2))
        #expect(try store.latestStories(limit: 10).dropFirst().map { $0 } == kept)
        #expect(try store.counts().items == 3)
    }

    @Test func retention_storyLosesItsPrimary_electsTheRemainingCopyAndKeepsItsID() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: [keyed("c", source: "hanoi", title: "Thành phố", published: day(0), urlKey: "u")], seenAt: day(1))
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("w", source: "ba-dinh", title: "Phường", published: day(1), urlKey: "u")], seenAt: day(1))
        let before = try #require(try store.latestStories(limit: 1).first)
        #expect(before.sourceID == "hanoi")

        let report = try store.applyRetention(RetentionPolicy(maxAge: 86_400, keepNewestStories: 0), now: day(1.5))
        #expect(report == RetentionReport(deletedItems: 1, deletedStories: 0))
        let after = try #require(try store.latestStories(limit: 1).first)
        #expect(after.id == before.id)
        #expect(after.sourceID == "ba-dinh")
        #expect(after.item.title == "Phường")
        #expect(after.published == day(1))
        #expect(after.updated == before.updated)
        #expect(after.appearances.map(\.sourceID) == ["ba-dinh"])
    }

    @Test func retention_withoutLimits_deletesNothing() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: daily("hanoi", [0, 1]), seenAt: day(2))
        #expect(try store.applyRetention(RetentionPolicy(keepNewestStories: 0), now: day(1000)) == RetentionReport())
        #expect(try store.counts().items == 2)
    }
}

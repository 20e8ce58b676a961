import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import Testing

@Suite(.offCooperativePool) struct SourceStateTests {
    private let failing = FetchState(
        etag: "W/\"42\"", lastModified: "Tue, 01 Jul 2025 08:00:00 GMT",
        lastAttempt: Date(), lastSuccess: Date(timeIntervalSinceNow: -3_600),
        lastStatus: 410, lastError: "fetch: 410 Gone", consecutiveFailures: 3,
        nextFetch: Date(timeIntervalSinceNow: 7_200), movedTo: "https://new.example/rss",
        gone: true, lastItemCount: 50
    )

    @Test func fetchState_savedAndRead_roundTripsEveryField() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi"), source("ba-dinh")])
        #expect(try store.fetchStates() == ["hanoi": FetchState(), "ba-dinh": FetchState()])
        try store.saveFetchState(failing, sourceID: "hanoi")
        #expect(try store.fetchStates() == ["hanoi": failing, "ba-dinh": FetchState()])
        let recovered = FetchState(etag: "\"43\"", lastAttempt: Date(), lastSuccess: Date(), lastStatus: 200, lastItemCount: 12)
        try store.saveFetchState(recovered, sourceID: "hanoi")
        #expect(try store.fetchStates()["hanoi"] == recovered)
    }

    @Test func saveFetchState_unknownSource_throws() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi")])
        let error = #expect(throws: StoreError.self) { try store.saveFetchState(FetchState(), sourceID: "nowhere") }
        #expect(error?.description == "store: \(fixture.path): save fetch state of nowhere: unknown source")
    }

    @Test func syncSources_sameURL_keepsFetchStateAndTakesNewNameAndPriority() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi")])
        try store.saveFetchState(failing, sourceID: "hanoi")
        var renamed = source("hanoi", priority: 90)
        renamed.name = "Cổng thông tin Hà Nội"
        try store.syncSources([renamed])
        #expect(try store.fetchStates()["hanoi"] == failing)
        #expect(try store.sources() == [renamed])
    }

    @Test func syncSources_changedURL_clearsValidatorsGoneMovedToAndBackOff() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi")])
        try store.saveFetchState(failing, sourceID: "hanoi")
        var moved = source("hanoi")
        moved.url = "https://new.example/rss"
        try store.syncSources([moved])
        var expected = failing
        expected.etag = nil
        expected.lastModified = nil
        expected.gone = false
        expected.movedTo = nil
        expected.nextFetch = nil
        expected.consecutiveFailures = 0
        #expect(try store.fetchStates()["hanoi"] == expected)
        #expect(try store.sources().first?.url == "https://new.example/rss")
    }

    @Test func syncSources_sourceNoLongerListed_isKeptDisabledWithItsStories() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi"), source("ba-dinh")])
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("a", source: "ba-dinh", title: "A", published: day(0))], seenAt: day(1))
        try store.syncSources([source("hanoi")])
        #expect(try store.sources() == [source("ba-dinh", enabled: false), source("hanoi")])
        #expect(try store.latestStories(limit: 5).map(\.sourceID) == ["ba-dinh"])
        try store.syncSources([source("hanoi"), source("ba-dinh")])
        #expect(try store.sources() == [source("ba-dinh"), source("hanoi")])
    }

    @Test func syncSources_raisedPriority_makesThatSourcesCopyThePrimary() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("hanoi", priority: 100), source("ba-dinh", priority: 10)])
        _ = try store.ingest(sourceID: "hanoi", items: [keyed("c", source: "hanoi", title: "Thành phố", published: day(1), urlKey: "u")], seenAt: day(2))
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("w", source: "ba-dinh", title: "Phường", published: day(0), urlKey: "u")], seenAt: day(2))
        #expect(try store.latestStories(limit: 1).first?.sourceID == "hanoi")
        try store.syncSources([source("hanoi", priority: 100), source("ba-dinh", priority: 200)])
        let story = try #require(try store.latestStories(limit: 1).first)
        #expect(story.sourceID == "ba-dinh")
        #expect(story.published == day(0))
        #expect(story.appearances.map(\.sourceID) == ["ba-dinh", "hanoi"])
    }
}

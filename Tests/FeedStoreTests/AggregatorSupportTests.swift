import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import Testing

/// What the aggregator keeps between runs and asks before it works: known items, the
/// change stamp behind "publish only when something changed", batched fetch states.
@Suite(.offCooperativePool) struct AggregatorSupportTests {
    @Test func knownContentHashes_newKnownAndForgottenKeys_areTold() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("a")])
        let old = keyed("old", source: "a", title: "Tin cũ", published: day(0))
        let kept = keyed("kept", source: "a", title: "Tin mới", published: day(300))
        _ = try store.ingest(sourceID: "a", items: [old, kept], seenAt: day(300))
        _ = try store.applyRetention(RetentionPolicy(maxAge: 30 * 86_400, maxItemsPerSource: nil, keepNewestStories: 0), now: day(300))

        let known = try store.knownContentHashes(sourceID: "a", keys: ["kept", "old", "never"])

        #expect(known["kept"] == .some(kept.contentHash))
        #expect(known["old"] == .some(nil), "a forgotten key is known, without a hash")
        #expect(known["never"] == nil)
    }

    @Test func changeStamp_movesWithNewEditedAndDeletedItemsOnly() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("a")])
        let first = keyed("1", source: "a", title: "Tin một", published: day(1))
        _ = try store.ingest(sourceID: "a", items: [first], seenAt: day(1))
        let stamp = try store.changeStamp()

        _ = try store.ingest(sourceID: "a", items: [first], seenAt: day(2))
        #expect(try store.changeStamp() == stamp, "a re-fetch of the same item changes nothing")

        _ = try store.ingest(sourceID: "a", items: [keyed("1", source: "a", title: "Tin một (sửa)", published: day(1))], seenAt: day(3))
        let edited = try store.changeStamp()
        #expect(edited != stamp)

        _ = try store.ingest(sourceID: "a", items: [keyed("2", source: "a", title: "Tin hai", published: day(4))], seenAt: day(4))
        #expect(try store.changeStamp() != edited)
    }

    @Test func metaAndBatchedFetchStates_surviveReopening() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("a"), source("b")])
        try store.setMeta("publish.fingerprint", "0123456789abcdef")
        var failing = FetchState()
        failing.lastError = "fetch: https://b.example/rss: HTTP 500"
        failing.consecutiveFailures = 2
        try store.saveFetchStates([("a", FetchState(etag: "\"v1\"")), ("b", failing)])

        let reopened = try fixture.open()
        #expect(try reopened.meta("publish.fingerprint") == "0123456789abcdef")
        #expect(try reopened.meta("nothing") == nil)
        let states = try reopened.fetchStates()
        #expect(states["a"]?.etag == "\"v1\"")
        #expect(states["b"] == failing)
        #expect(throws: StoreError.self) { try reopened.saveFetchStates([("nowhere", FetchState())]) }
    }
}

@Suite(.offCooperativePool) struct StoriesBySourceTests {
    @Test func latestStoriesBySource_equalsEachSourcesOwnList() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: [source("city", priority: 100), source("a"), source("b")])
        for index in 0..<12 {
            let link = "https://city.example/tin/\(index)"
            _ = try store.ingest(sourceID: "city", items: [keyed("c\(index)", source: "city", title: "Tin thành phố số \(index)", link: link, published: day(Double(index)), urlKey: link)], seenAt: day(Double(index)))
            if index % 2 == 0 {
                _ = try store.ingest(sourceID: "a", items: [keyed("a\(index)", source: "a", title: "Bản sao \(index)", link: link, published: day(Double(index), hours: 2), urlKey: link)], seenAt: day(Double(index)))
            }
            _ = try store.ingest(sourceID: "b", items: [keyed("b\(index)", source: "b", title: "Tin phường số \(index)", published: day(Double(index), hours: 1))], seenAt: day(Double(index)))
        }

        let bySource = try store.latestStoriesBySource(limit: 5)

        #expect(Set(bySource.keys) == ["city", "a", "b"])
        for id in ["city", "a", "b"] {
            #expect(bySource[id] == (try store.latestStories(sourceID: id, limit: 5)), "\(id)")
            #expect(bySource[id]?.count == 5)
        }
        #expect(bySource["a"]?.first?.sourceID == "city", "a copy's story keeps the city's primary item")
    }
}

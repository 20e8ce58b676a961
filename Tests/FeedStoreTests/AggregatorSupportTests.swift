import FeedModel
import FeedStore
import Foundation
import Testing

/// What the aggregator keeps between runs and asks before it works: known items, the
/// change stamp behind "publish only when something changed", batched fetch states.
@Suite struct AggregatorSupportTests {
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

import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import GRDB
import Testing

@Suite(.offCooperativePool) struct FailureTests {
    @Test func ingest_whileAnotherProcessHoldsTheWriteLock_failsClearlyAndKeepsTheData() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        do {
            let setup = try fixture.open(sources: [source("hanoi")])
            _ = try setup.ingest(sourceID: "hanoi", items: [keyed("a", source: "hanoi", title: "A", published: day(0))], seenAt: day(1))
        }
        let store = try FeedStore(path: fixture.path, busyTimeout: 0.05)
        let before = try store.latestStories(limit: 10)

        // Another process (here another connection) is in the middle of a write.
        let other = try DatabaseQueue(path: fixture.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let error = #expect(throws: StoreError.self) {
                try store.ingest(sourceID: "hanoi", items: [keyed("b", source: "hanoi", title: "B", published: day(2))], seenAt: day(2))
            }
            #expect(error?.description.hasPrefix("store: \(fixture.path): ingest hanoi: database is locked") == true)
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try store.latestStories(limit: 10) == before)
        #expect(try store.ingest(sourceID: "hanoi", items: [keyed("b", source: "hanoi", title: "B", published: day(2))], seenAt: day(2)).newItems == 1)
    }
}

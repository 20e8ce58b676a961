import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct SimulatedTimeTests {
    @Test func advance_addsNewItemsAndChangesValidators() async throws {
        let simulator = try await Simulators.started(.healthy(seed: 11, units: .pre2025))
        let url = simulator.url("/hanoi/rss")
        let before = try await LoopbackClient.get(url)
        let etag = try #require(before.header("ETag"))
        let start = simulator.now
        let storiesBefore = try await simulator.groundTruth().stories.count
        try await simulator.advance(by: .seconds(6 * 3600))
        #expect(simulator.now.timeIntervalSince(start) == 6 * 3600)
        #expect(try await simulator.groundTruth().stories.count > storiesBefore)
        let after = try await LoopbackClient.get(url, headers: ["If-None-Match": etag])
        #expect(after.status == 200)
        #expect(after.header("ETag") != etag)
        let newest = try #require(captures("<guid[^>]*>([^<]+)</guid>", in: after.text).first)
        #expect(!before.text.contains(newest))
        await simulator.stop()
    }

    @Test func postAdvance_movesTimeOverHTTP() async throws {
        let simulator = try await Simulators.started(.healthy(seed: 12, units: .pre2025))
        let start = simulator.now
        let response = try await LoopbackClient.get(simulator.url("/_advance?minutes=90"), method: "POST")
        #expect(response.status == 200)
        #expect(simulator.now.timeIntervalSince(start) == 90 * 60)
        #expect(try await LoopbackClient.get(simulator.url("/_advance?minutes=90")).status == 405)
        await simulator.stop()
    }

    @Test func sameTime_sameNews_howeverTimeWasAdvanced() async throws {
        let stepped = try await Simulators.started(.healthy(seed: 13, units: .pre2025))
        let jumped = try await Simulators.started(.healthy(seed: 13, units: .pre2025))
        for _ in 0..<4 { try await stepped.advance(by: .seconds(3600)) }
        try await jumped.advance(by: .seconds(4 * 3600))
        let first = try await LoopbackClient.get(stepped.url("/hanoi/rss")).text
        let second = try await LoopbackClient.get(jumped.url("/hanoi/rss")).text
        #expect(first.replacingOccurrences(of: "127.0.0.1:\(stepped.baseURL!.port!)", with: "HOST")
            == second.replacingOccurrences(of: "127.0.0.1:\(jumped.baseURL!.port!)", with: "HOST"))
        await stepped.stop()
        await jumped.stop()
    }

    @Test func seededStart_isFixedAndInHanoiMorning() throws {
        let simulator = try PortalSimulator(configuration: .healthy(seed: 1))
        #expect(simulator.now == Date(timeIntervalSince1970: 1_756_774_800))  // 2025-09-02T08:00:00+07:00
    }
}

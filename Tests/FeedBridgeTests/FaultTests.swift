import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import Foundation
import PortalSimulator
import Testing

/// Sources that fail never stop the cycle; each failure is reported with its source
/// and remembered in the source's state.
@Suite(.offCooperativePool, .serialized) struct FaultTests {
    static func faultyConfiguration() -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration.healthy()
        configuration.behaviours["ba-dinh"] = PortalBehaviour(fault: .serverError)
        configuration.behaviours["hoan-kiem"] = PortalBehaviour(fault: .malformed(.truncated))
        configuration.behaviours["ngoc-ha"] = PortalBehaviour(fault: .htmlErrorPage)
        configuration.behaviours["cua-nam"] = PortalBehaviour(fault: .gone)
        // An hour: longer than any cycle of the city on a loaded machine (with 120 s, a
        // first cycle slower than 2 minutes let the second fetch it again).
        configuration.behaviours["giang-vo"] = PortalBehaviour(fault: .tooManyRequests(retryAfter: 3_600))
        return configuration
    }

    @Test func cycle_failingSources_areReportedAndTheOthersPublished() async throws {
        try await SimulatedCity.with(Self.faultyConfiguration()) { city in
            let report = try await city.aggregator().runCycle()
            let outcomes = Dictionary(uniqueKeysWithValues: report.outcomes.map { ($0.sourceID, $0) })

            let serverError = try #require(outcomes["ba-dinh"])
            #expect(serverError.status == .failed)
            #expect(serverError.httpStatus == 500)
            #expect(serverError.message?.contains("/ba-dinh/") == true, "\(serverError.message ?? "")")
            #expect(outcomes["ngoc-ha"]?.status == .failed)
            #expect(outcomes["ngoc-ha"]?.message?.hasPrefix("parse: not a feed") == true || outcomes["ngoc-ha"]?.message?.hasPrefix("html:") == true,
                    "\(outcomes["ngoc-ha"]?.message ?? "")")
            #expect(outcomes["cua-nam"]?.status == .gone)
            #expect(outcomes["giang-vo"]?.status == .rateLimited)
            // A truncated feed keeps the items read before the cut and says so.
            let truncated = try #require(outcomes["hoan-kiem"])
            #expect(truncated.status == .ok)
            #expect(truncated.itemCount > 0)
            #expect(truncated.message?.contains("not well-formed") == true)

            #expect(report.count(.ok) == 127 - 4)
            let published = try city.publishedFeed("feed.atom")
            #expect(published.items.count > 100)
            #expect(!published.malformed)
        }
    }

    @Test func cycle_afterFailures_failingSourcesWaitAndGoneStaysOff() async throws {
        try await SimulatedCity.with(Self.faultyConfiguration()) { city in
            _ = try await city.aggregator().runCycle()
            city.simulator.resetStatistics()

            let second = try await city.aggregator().runCycle()

            #expect(Set(second.held) == ["ba-dinh", "ngoc-ha", "cua-nam", "giang-vo"])
            #expect(second.outcomes.count == 127 - 4)
            let asked = Set(city.simulator.statistics.records.compactMap(\.portal))
            #expect(asked.isDisjoint(with: ["ba-dinh", "ngoc-ha", "cua-nam", "giang-vo"]))

            // --force asks the back-off sources again, never the gone one.
            let forced = try await city.aggregator().runCycle(force: true)
            #expect(Set(forced.held) == ["cua-nam"])
        }
    }

    @Test func cycle_sourceTimeout_endsAHangingPortalWithoutWaitingTheGlobalLimit() async throws {
        var configuration = SimulatorConfiguration.healthy()
        configuration.behaviours["ba-dinh"] = PortalBehaviour(fault: .hang)
        try await SimulatedCity.with(configuration, edit: {
            $0.replacingOccurrences(of: "  - id: ba-dinh\n", with: "  - id: ba-dinh\n    timeout: 1s\n")
        }) { city in

            let report = try await city.aggregator().runCycle()

            let hanging = try #require(report.outcomes.first { $0.sourceID == "ba-dinh" })
            #expect(hanging.status == .failed)
            #expect(hanging.message?.contains("timed out after 1 s") == true, "\(hanging.message ?? "")")
            #expect(report.count(.ok) == 126)
        }
    }

    @Test func backoff_repeatedFailures_doubleTheWaitUpToADay() throws {
        let backoff = FetchBackoff(jitter: { 1 })
        let source = try #require(try SimulatedCityConfig.source(interval: "15m"))
        #expect(backoff.delay(afterFailures: 1, source: source) == 900)
        #expect(backoff.delay(afterFailures: 2, source: source) == 1800)
        #expect(backoff.delay(afterFailures: 4, source: source) == 7200)
        #expect(backoff.delay(afterFailures: 12, source: source) == 24 * 3600)
        let jittered = FetchBackoff(jitter: { 1.2 })
        #expect(jittered.delay(afterFailures: 1, source: source) == 1080)
    }
}

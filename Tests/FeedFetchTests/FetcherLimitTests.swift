import FeedBridgeTestSupport
import FeedFetch
import Foundation
import Testing

/// Concurrency limits as the server sees them, the body limit, timeouts.
@Suite(.offCooperativePool) struct FetcherLimitTests {
    @Test func fetch_40URLsOfOneHost_neverHasMoreThanMaxPerHostInFlight() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let requests = (0..<40).map { FetchRequest(url: "\(base)/held/\($0)") }
            let results = try await fetchHeld(requests, configuration: testConfiguration(maxConcurrent: 32, maxPerHost: 4), log: log, rounds: 10)
            #expect(results.count == 40)
            #expect(results.allSatisfy { $0.outcome == .ok })
            #expect(log.maxInFlight == 4)
        }
    }

    @Test func fetch_30URLsOfThreeHosts_holdsTheGlobalAndPerHostLimits() async throws {
        let log = ServerLog()
        let results = try await TestServer.with(host: "127.0.0.1", log: log) { first in
            try await TestServer.with(host: "127.0.0.2", log: log) { second in
                try await TestServer.with(host: "127.0.0.3", log: log) { third in
                    let requests = (0..<30).map { index in
                        FetchRequest(url: "\([first, second, third][index % 3])/held/\(index)")
                    }
                    return try await fetchHeld(requests, configuration: testConfiguration(maxConcurrent: 6, maxPerHost: 4), log: log, rounds: 5)
                }
            }
        }
        #expect(results.count == 30)
        #expect(results.allSatisfy { $0.outcome == .ok })
        #expect(log.maxInFlight == 6)
        #expect(log.maxInFlightPerHost.count == 3)
        #expect(log.maxInFlightPerHost.values.allSatisfy { $0 <= 4 })
    }

    /// Fetches `requests` to the gate route in `rounds` equal rounds: each time the server
    /// holds as many requests as one round (the most the limits let in flight), they are
    /// released together. A round that never fills up fails the test and opens the gate.
    private func fetchHeld(
        _ requests: [FetchRequest], configuration: FetchConfiguration, log: ServerLog, rounds: Int
    ) async throws -> [FetchResult] {
        let fetching = Task { try await fetchAll(requests, configuration: configuration) }
        let perRound = requests.count / rounds
        for round in 1...rounds {
            let filled = try await log.waitUntilHeld(perRound)
            #expect(filled, "round \(round): \(log.held) requests held, expected \(perRound)")
            guard filled else {
                log.openGate()
                return try await fetching.value
            }
            log.releaseHeld()
        }
        let stragglers = log.releaseHeld()
        #expect(stragglers == 0)
        return try await fetching.value
    }

    /// In a process of its own (`feedbridge fetch`), so that the peak memory measured is the
    /// fetcher's, not that of the tests running beside it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time"))
    func fetch_gzipBomb_isAbortedAtTheBodyLimitWithMemoryBounded() async throws {
        try await TestServer.with { base in
            let run = try await ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/time"), ["-f", "peak-kb %M", ProcessRunner.feedbridge.path, "fetch", "--json", "\(base)/bomb"]
            )
            #expect(run.standardOutput.contains("fetch: \(base)/bomb: body larger than 20 MB"), "\(run.standardOutput)")
            let peakLine = try #require(run.standardError.split(separator: "\n").last { $0.hasPrefix("peak-kb ") })
            let peakBytes = try #require(Int(peakLine.dropFirst("peak-kb ".count))) * 1024
            // The bomb inflates to about 1 GB; the fetcher may hold at most its 20 MB limit.
            #expect(GzipZeroBomb.inflatedSize() > 1_000_000_000)
            #expect(peakBytes < 200_000_000, "feedbridge fetch peaked at \(peakBytes) bytes")
        }
    }

    @Test func fetch_slowServer_timesOutWithoutDelayingAFastOne() async throws {
        try await TestServer.with { base in
            // The server holds the slow one 3 s; the fast one, with a timeout of its own so
            // that a loaded machine cannot fail it, must not wait for the slow one.
            var fast = FetchRequest(sourceID: "fast", url: "\(base)/feed/fast")
            fast.timeout = .seconds(30)
            let requests = [FetchRequest(sourceID: "slow", url: "\(base)/slow"), fast]
            let results = try await fetchAll(requests, configuration: testConfiguration(totalTimeout: .seconds(1)))
            let slow = try #require(results.first { $0.request.sourceID == "slow" })
            #expect(slow.outcome.error?.kind == .timedOut(after: .seconds(1)))
            #expect(slow.outcome.error?.description.hasPrefix("fetch: \(base)/slow: timed out after 1 s") == true)
            let fastResult = try #require(results.first { $0.request.sourceID == "fast" })
            #expect(fastResult.outcome == .ok)
            #expect(fastResult.timings.total < .seconds(3), "the fast one waited \(fastResult.timings.total)")
        }
    }

    @Test func fetch_600URLsWithOneFailing_theOther599Succeed() async throws {
        try await TestServer.with { base in
            let requests = (0..<600).map { index in
                FetchRequest(index: index, url: index == 337 ? "\(base)/status/500" : "\(base)/feed/\(index)")
            }
            let results = try await fetchAll(requests, configuration: testConfiguration(maxConcurrent: 32, maxPerHost: 32))
            #expect(results.count == 600)
            #expect(Set(results.map(\.request.index)).count == 600)
            let failed = results.filter { !$0.outcome.succeeded }
            #expect(failed.map(\.request.index) == [337])
            #expect(failed.first?.outcome.error?.kind == .httpStatus(500))
            let mismatched = results.filter { $0.request.index != 337 && $0.text != "<rss>\($0.request.index ?? -1)</rss>" }
            #expect(mismatched.isEmpty)
        }
    }
}

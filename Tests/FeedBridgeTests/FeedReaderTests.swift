import FeedBridgeTestSupport
import Foundation
import Testing

/// The city feed published from the simulated portals, read by Python feedparser (the
/// library many feed readers and tools are built on). `FEEDBRIDGE_PYTHON` names a Python
/// with feedparser; `make test` sets it.
@Suite(.offCooperativePool, .enabled(
    if: ProcessInfo.processInfo.environment["FEEDBRIDGE_PYTHON"].map { !$0.isEmpty } ?? false,
    "FEEDBRIDGE_PYTHON is not set: no Python with feedparser (make test sets it)"
))
struct FeedReaderTests {
    static let script = #"""
        import json, sys, feedparser
        out = {}
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            out[path] = {"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                         "ids": [e.get("id") for e in d.entries]}
        print(json.dumps(out))
        """#

    private struct Reading: Decodable {
        var bozo: Int
        var error: String
        var version: String
        var ids: [String?]
    }

    @Test func feedparser_readsThePublishedCityFeedsWithoutComplaint() async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()
            let ids = try city.publishedJSONItems().compactMap { $0["id"] as? String }
            let files = ["feed.atom", "feed.rss", "units/hanoi.atom", "units/hoan-kiem.atom"].map { city.output($0).path }

            let python = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FEEDBRIDGE_PYTHON"]!)
            let run = try await ProcessRunner.run(python, ["-c", Self.script] + files)
            try #require(run.status == 0, "\(run.standardError)")
            let readings = try JSONDecoder().decode([String: Reading].self, from: run.outputData)

            #expect(ids.count > 100)
            for file in files {
                let reading = try #require(readings[file])
                #expect(reading.bozo == 0, "\(file): \(reading.error)")
                #expect(!reading.ids.isEmpty, "\(file) has no entries")
            }
            #expect(readings[files[0]]?.version == "atom10")
            #expect(readings[files[0]]?.ids == ids)
            #expect(readings[files[1]]?.version == "rss20")
            #expect(readings[files[1]]?.ids == ids)
        }
    }
}

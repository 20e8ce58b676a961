import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// A crash (SIGKILL) at any moment of a cycle, publishing included, leaves every
/// published file complete, and the next cycle works.
@Suite(.serialized) struct CrashTests {
    @Test func runOnce_killedAtAnyMoment_leavesCompleteFiles() async throws {
        let city = try await SimulatedCity.start()
        defer { Task { await city.stop() } }
        _ = try await city.aggregator().runCycle()
        try Self.expectCompleteOutput(city)

        // Kills spread over the whole run: while fetching, storing, and writing files.
        for delay in stride(from: 40, through: 1_000, by: 120) {
            try await city.simulator.advance(by: .seconds(3600))
            let run = try await ProcessRunner.feedbridge(
                ["run", "--once", "--quiet", "--config", city.configPath], killAfter: .milliseconds(delay)
            )
            #expect(run.status == 0 || run.status == 9 || run.status == 137, "exit \(run.status): \(run.standardError)")
            try Self.expectCompleteOutput(city)
        }

        let final = try await ProcessRunner.feedbridge(["run", "--once", "--quiet", "--config", city.configPath])
        #expect(final.status == 0, "\(final.standardError)")
        try Self.expectCompleteOutput(city)
        // The temporary files of killed runs are cleaned up by the next publish.
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: city.output("").path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Every published feed parses completely, the JSON Feed decodes, the page and the OPML end properly.
    static func expectCompleteOutput(_ city: SimulatedCity) throws {
        let units = try FileManager.default.contentsOfDirectory(atPath: city.output("units").path)
            .filter { $0.hasSuffix(".atom") }.map { "units/" + $0 }
        #expect(units.count == 127)
        for name in ["feed.atom", "feed.rss"] + units {
            let feed = try city.publishedFeed(name)
            #expect(!feed.malformed, "\(name) is not complete")
        }
        #expect(try city.publishedJSONItems().count > 100)
        let page = try String(contentsOf: city.output("index.html"), encoding: .utf8)
        #expect(page.hasSuffix("</html>\n"))
        let opml = try String(contentsOf: city.output("sources.opml"), encoding: .utf8)
        #expect(opml.hasSuffix("</opml>\n"))
    }
}

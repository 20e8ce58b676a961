import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// A crash (SIGKILL) while publishing leaves every published file complete, and the next
/// run publishes and cleans up. The publisher's test hook (`FEEDBRIDGE_TEST_PAUSE`) stops
/// it at the named point, so the kill lands exactly there.
@Suite(.offCooperativePool) struct CrashTests {
    @Test(arguments: ["publish-before-rename", "publish-mid-rename"])
    func runOnce_killedWhilePublishing_leavesCompleteFiles(point: String) async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()
            try Self.expectCompleteOutput(city)
            let before = try Data(contentsOf: city.output("feed.atom"))

            // New items, so the killed run has files to replace.
            try await city.simulator.advance(by: .seconds(3 * 3600))
            let marker = city.folder.appendingPathComponent("paused").path
            let run = try await ProcessRunner.feedbridge(
                ["run", "--once", "--quiet", "--config", city.configPath],
                environment: ["FEEDBRIDGE_TEST_PAUSE": point, "FEEDBRIDGE_TEST_PAUSE_MARKER": marker],
                killWhenFileExists: marker
            )
            #expect(run.signaled && run.status == SIGKILL, "exit \(run.status): \(run.standardError)")
            #expect(FileManager.default.fileExists(atPath: marker), "the run never reached \(point)")
            // Killed with staged files not yet renamed (all of them before the first rename).
            #expect(!(try Self.temporaryFiles(city)).isEmpty)
            let renamedFirst = try Data(contentsOf: city.output("feed.atom")) != before
            #expect(renamedFirst == (point == "publish-mid-rename"), "feed.atom is the first file renamed")
            try Self.expectCompleteOutput(city)

            let final = try await ProcessRunner.feedbridge(["run", "--once", "--quiet", "--config", city.configPath])
            #expect(final.status == 0, "\(final.standardError)")
            try Self.expectCompleteOutput(city)
            #expect(try Data(contentsOf: city.output("feed.atom")) != before)
            // The temporary files of the killed run are cleaned up by the next publish.
            #expect(try Self.temporaryFiles(city).isEmpty)
        }
    }

    /// The publisher's temporary files (`.<name>.tmp-<pid>`) in the output folder.
    static func temporaryFiles(_ city: SimulatedCity) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: city.output("").path).filter { $0.contains(".tmp-") }
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

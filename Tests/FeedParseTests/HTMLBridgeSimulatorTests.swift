import FeedBridgeTestSupport
import FeedConfig
import FeedFetch
import FeedModel
import FeedParse
import Foundation
import PortalSimulator
import Testing

/// The bridge end to end: the simulated city's listing pages fetched over loopback with
/// the real fetcher, read with the presets of the feeds.yaml the simulator writes, and
/// compared with the simulator's ground truth.
@Suite(.offCooperativePool) struct HTMLBridgeSimulatorTests {
    @Test(arguments: ["liferay-news", "list-news"])
    func simulator_listingPage_matchesTheGroundTruth(preset: String) async throws {
        let simulator = try PortalSimulator(configuration: .healthy())
        try await simulator.serving { _ in try await check(preset: preset, on: simulator) }
    }

    private func check(preset: String, on simulator: PortalSimulator) async throws {
        let config = try ConfigLoader.load(yaml: simulator.feedsYAML())
        let source = try #require(config.sources.first { $0.preset == preset })
        let fetched = try await Fetcher().fetch(FetchRequest(sourceID: source.id, url: source.url.absoluteString))
        #expect(fetched.outcome == .ok)
        let options = ParseOptions(
            baseURL: fetched.finalURL, contentType: fetched.headers.contentType, timeZone: source.timezone,
            htmlRules: source.html, now: simulator.now
        )
        let feed = try FeedParser(options: options).parse(fetched.body)

        let truth = try await simulator.groundTruth()
        let shown = truth.stories.flatMap(\.items).filter { $0.portal == source.id }
            .sorted { $0.published > $1.published }.prefix(simulator.configuration.itemsPerPage)
        #expect(feed.format == .html)
        #expect(feed.link == source.url.absoluteString)
        #expect(feed.items.count == shown.count)
        #expect(Set(feed.items.compactMap(\.link)) == Set(shown.map(\.link)))
        let truthByLink = Dictionary(shown.map { ($0.link, $0) }, uniquingKeysWith: { first, _ in first })
        // The listing shows minutes (Liferay) or only the day (the list), in Hanoi time.
        let precision: TimeInterval = preset == "list-news" ? 86_400 : 60
        for item in feed.items {
            let expected = try #require(truthByLink[item.link ?? ""], "\(item.link ?? "no link") is not in the truth")
            #expect(item.title == expected.title.precomposedStringWithCanonicalMapping)
            let published = try #require(item.published, "\(expected.link) has no date")
            let local = expected.published.timeIntervalSince1970 + 7 * 3600
            let truncated = (local / precision).rounded(.down) * precision - 7 * 3600
            #expect(published.timeIntervalSince1970 == truncated, "\(expected.link)")
            if preset == "liferay-news" {
                #expect(item.summary?.hasSuffix("…") == true)
                #expect(item.enclosures.first?.url.hasPrefix(source.url.absoluteString.prefix(while: { $0 != "/" }) + "//") == true)
            }
        }
    }
}

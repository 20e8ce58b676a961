import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import Foundation
import PortalSimulator
import Testing

/// Portals without a feed, through whole cycles: listing pages read with the shipped
/// presets, more pages on first sight, article pages fetched once, a redesign reported.
@Suite(.offCooperativePool, .serialized) struct BridgeCycleTests {
    @Test func cycle_liferayPortal_readsThreePagesFirstThenOneAndFetchesEachArticleOnce() async throws {
        try await SimulatedCity.with { city in

            let first = try await city.aggregator().runCycle()
            let cuaNam = try #require(first.outcomes.first { $0.sourceID == "cua-nam" })
            #expect(cuaNam.status == .ok)
            #expect(cuaNam.itemCount == 30, "max_pages: 3 pages of 10 on first sight")
            #expect(Self.articlePaths(city).count >= cuaNam.itemCount)
            #expect(Self.listingRequests(city, "cua-nam") == 3)

            // The sub-feed carries the articles' full text and authors, dated to the minute.
            let unit = try city.publishedFeed("units/cua-nam.atom")
            let own = unit.items.filter { $0.link?.contains("/cua-nam/") == true }
            #expect(!own.isEmpty)
            for item in own {
                #expect(item.content?.contains("<p>") == true, "\(item.link ?? ""): no article text")
                #expect(!item.authors.isEmpty, "\(item.link ?? ""): no author")
            }

            // News arrives: only first pages are read again, and only new items' articles.
            let firstArticles = Set(Self.articlePaths(city))
            city.simulator.resetStatistics()
            try await city.simulator.advance(by: .seconds(6 * 3600))
            let second = try await city.aggregator().runCycle()
            let liferay = Set(city.simulator.portals.filter { $0.format.preset == "liferay-news" }.map(\.id))
            for portal in liferay {
                #expect(Self.listingRequests(city, portal) == 1, "\(portal): a later fetch read more than the first listing page")
            }
            let newLiferayItems = second.outcomes.filter { liferay.contains($0.sourceID) }.reduce(0) { $0 + $1.newItems }
            let secondArticles = Self.articlePaths(city)
            #expect(newLiferayItems > 0)
            #expect(!secondArticles.isEmpty && secondArticles.count <= newLiferayItems)
            #expect(firstArticles.isDisjoint(with: secondArticles), "an article page was fetched twice")
        }
    }

    /// Requests for a portal's listing pages (`/<id>/tin-tuc`, any `?cur=`) since the reset.
    static func listingRequests(_ city: SimulatedCity, _ portal: String) -> Int {
        city.simulator.statistics.records.filter { $0.path == "/\(portal)/tin-tuc" }.count
    }

    /// The article pages the simulator served since its statistics were reset.
    static func articlePaths(_ city: SimulatedCity) -> [String] {
        city.simulator.statistics.records.map(\.path).filter { $0.contains("/-/asset_publisher/content/") }
    }

    @Test func cycle_redesignedPortal_reportsTheRulesMatchingNothing() async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()

            // The portal's template changed: the preset no longer finds the news blocks. (Changed
            // rules also drop the validators, so the unchanged page is read again, not a 304.)
            let yaml = try String(contentsOfFile: city.configPath, encoding: .utf8)
            try yaml.replacingOccurrences(of: "item: \"//div[contains(@class,'asset-abstract')]\"", with: "item: \"//div[contains(@class,'asset-entry')]\"")
                .write(toFile: city.configPath, atomically: true, encoding: .utf8)
            try await city.simulator.advance(by: .seconds(3600))
            let report = try await city.aggregator().runCycle()

            let cuaNam = try #require(report.outcomes.first { $0.sourceID == "cua-nam" })
            #expect(cuaNam.status == .failed)
            #expect(cuaNam.message?.hasPrefix("html: the listing page matched 0 items, it matched 30 last time") == true, "\(cuaNam.message ?? "")")
            // What was published before stays published.
            #expect(try city.publishedFeed("units/cua-nam.atom").items.count == 30)
        }
    }
}

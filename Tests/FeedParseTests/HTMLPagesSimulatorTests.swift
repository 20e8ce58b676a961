import FeedBridgeTestSupport
import FeedConfig
import FeedFetch
import FeedModel
import FeedParse
import Foundation
@testable import PortalSimulator
import Testing

/// Pagination and article pages end to end: the simulated city's Liferay portals fetched
/// over loopback with the real fetcher, read with the presets of the feeds.yaml the
/// simulator writes, compared with the simulator's own news (its timeline: what each
/// article page was rendered from).
@Suite(.offCooperativePool) struct HTMLPagesSimulatorTests {
    @Test func simulator_liferayPages_followNextPageToTheLast() async throws {
        try await withSimulator { simulator, source in
            let pageSize = simulator.configuration.itemsPerPage
            var url = source.url.absoluteString
            var pages: [Feed] = []
            while pages.count <= simulator.configuration.listingPages {
                pages.append(try await listing(url, source: source, now: simulator.now))
                guard let next = pages.last?.nextPage else { break }
                url = next
            }
            #expect(pages.first?.nextPage == source.url.absoluteString + "?cur=2")
            #expect(pages.count == simulator.configuration.listingPages)
            #expect(pages.dropLast().allSatisfy { $0.items.count == pageSize })
            let truth = try await simulator.groundTruth()
            let newest = truth.stories.flatMap(\.items).filter { $0.portal == source.id }.sorted { $0.published > $1.published }
            let read = pages.flatMap(\.items).compactMap(\.link)
            // The pages together show the newest items, each once (ties in time in any order).
            #expect(Set(read).count == read.count)
            #expect(Set(read) == Set(newest.prefix(read.count).map(\.link)))
        }
    }

    @Test func simulator_liferayArticle_givesTheSimulatedContentDateAndAuthor() async throws {
        try await withSimulator { simulator, source in
            let feed = try await listing(source.url.absoluteString, source: source, now: simulator.now)
            let link = try #require(feed.items.first?.link)
            let fetched = try await Fetcher().fetch(FetchRequest(sourceID: source.id, url: link))
            #expect(fetched.outcome == .ok)
            let rules = try #require(source.html?.article)
            let options = ParseOptions(baseURL: fetched.finalURL, contentType: fetched.headers.contentType, timeZone: source.timezone, now: simulator.now)
            let page = try ArticleReader(rules: rules, options: options).read(fetched.body)

            // The simulator's truth: the item whose page is served at that path, and its story's text.
            let core = try SimulatorCore(configuration: simulator.configuration)
            let timeline = try await core.snapshot().timeline
            let path = try #require(URL(string: link)).path
            let item = try #require(timeline.articles[path], "no simulated article at \(path)")
            let base = try #require(simulator.baseURL).absoluteString
            #expect(page.authors == [Person(name: item.author.precomposedStringWithCanonicalMapping)])
            #expect(page.published == Date(timeIntervalSince1970: TimeInterval(item.time / 60 * 60)))
            #expect(page.image == base + item.imagePath)
            let content = try #require(page.content)
            #expect(content.hasPrefix("<p><img src=\"\(base)\(item.imagePath)\""))
            let paragraphs = NewsWriter.paragraphs(of: timeline.stories[item.story]).map(\.precomposedStringWithCanonicalMapping)
            #expect(Self.paragraphTexts(content).dropFirst() == paragraphs[...])
        }
    }

    @Test func presets_shippedAndSimulated_areTheRulesTheTestsUse() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try ConfigLoader.load(path: repository.appendingPathComponent("feeds.yaml").path).presets
        let simulated = try ConfigLoader.load(yaml: PortalSimulator(configuration: .healthy()).feedsYAML()).presets
        for presets in [shipped, simulated] {
            #expect(presets == ["liferay-news": HTMLBridgeRules.liferay, "list-news": HTMLBridgeRules.list])
        }
    }

    /// Runs `body` with a healthy simulator serving and its first Liferay source.
    private func withSimulator(_ body: (PortalSimulator, Source) async throws -> Void) async throws {
        let simulator = try PortalSimulator(configuration: .healthy())
        try await simulator.serving { _ in
            let config = try ConfigLoader.load(yaml: simulator.feedsYAML())
            let source = try #require(config.sources.first { $0.preset == "liferay-news" })
            try await body(simulator, source)
        }
    }

    private func listing(_ url: String, source: Source, now: Date) async throws -> Feed {
        let fetched = try await Fetcher().fetch(FetchRequest(sourceID: source.id, url: url))
        #expect(fetched.outcome == .ok, "\(url)")
        let options = ParseOptions(
            baseURL: fetched.finalURL, contentType: fetched.headers.contentType, timeZone: source.timezone,
            htmlRules: source.html, now: now
        )
        return try FeedParser(options: options).parse(fetched.body)
    }

    /// The text of each `<p>` of sanitized HTML, tags left out and the escapes it uses decoded.
    static func paragraphTexts(_ html: String) -> [String] {
        html.components(separatedBy: "<p>").dropFirst().map { paragraph in
            let inner = paragraph.components(separatedBy: "</p>")[0]
            let text = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}

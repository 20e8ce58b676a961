import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct FormatTests {
    @Test func everyPortal_servesItsDeclaredFormat() async throws {
        let simulator = try await Simulators.healthy.value
        #expect(simulator.portals.count == 127)
        #expect(Set(simulator.portals.map(\.format)) == Set(PortalFormat.allCases))
        for portal in simulator.portals {
            let response = try await LoopbackClient.get(simulator.url(of: portal))
            #expect(response.status == 200, "\(portal.id)")
            let type = response.header("Content-Type") ?? ""
            switch portal.format {
            case .rss:
                #expect(type.hasPrefix("application/rss+xml"))
                #expect(xmlRoot(response.body) == "rss", "\(portal.id) is not well-formed RSS")
            case .atom:
                #expect(type.hasPrefix("application/atom+xml"))
                #expect(xmlRoot(response.body) == "feed", "\(portal.id) is not well-formed Atom")
            case .jsonFeed:
                #expect(type.hasPrefix("application/feed+json"))
                let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
                #expect(json?["version"] as? String == "https://jsonfeed.org/version/1.1")
                #expect((json?["items"] as? [Any])?.isEmpty == false)
            case .liferayHTML:
                #expect(type.hasPrefix("text/html"))
                #expect(response.text.contains("<div class=\"asset-abstract \">"))
            case .listHTML:
                #expect(type.hasPrefix("text/html"))
                #expect(response.text.contains("<span class=\"date\">("))
            }
        }
    }

    @Test func rss_looksLikeBaochinhphu() async throws {
        let simulator = try await Simulators.healthy.value
        let text = try await LoopbackClient.get(simulator.url("/hanoi/rss")).text
        #expect(text.contains("<description><![CDATA[<a href="))
        #expect(text.contains("<img src=\""))
        #expect(!captures("<pubDate>(\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0700)</pubDate>", in: text).isEmpty)
        let feeds = simulator.portals.filter { $0.format == .rss }
        var permaLinkFalse = 0
        for portal in feeds {
            if try await LoopbackClient.get(simulator.url(of: portal)).text.contains("<guid isPermaLink=\"false\">") { permaLinkFalse += 1 }
        }
        #expect(permaLinkFalse > 0 && permaLinkFalse < feeds.count)
    }

    @Test func liferayListing_hasAssetPublisherStructureAndPaging() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .liferayHTML })
        let page = try await LoopbackClient.get(simulator.url(of: portal)).text
        let blocks = page.components(separatedBy: "<div class=\"asset-abstract \">").dropFirst()
        #expect(blocks.count == simulator.configuration.itemsPerPage)
        for block in blocks {
            #expect(!captures("<h3 class=\"asset-title\"><a href=\"(/[^\"]+)\">[^<]+</a></h3>", in: block).isEmpty)
            #expect(!captures("<div class=\"assetPublishDate\">(Ngày đăng \\d{2}/\\d{2}/\\d{4} \\| \\d{1,2}:\\d{2} [AP]M \\| View count: \\d+)</div>", in: block).isEmpty)
            #expect(block.contains("<div class=\"asset-summary\">"))
            #expect(!captures("<div class=\"asset-image\"><a href=\"[^\"]+\"><img alt=\"\" src=\"([^\"]+)\" />", in: block).isEmpty)
        }
        let next = try #require(captures("<li class=\"next\"><a href=\"([^\"]+)\">", in: page).first)
        #expect(next == portal.path + "?cur=2")
        let second = try await LoopbackClient.get(simulator.url(next)).text
        #expect(second.contains("<div class=\"asset-abstract \">"))
        #expect(second != page)
    }

    @Test func listingLink_leadsToArticleWithTitleAndText() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .liferayHTML })
        let page = try await LoopbackClient.get(simulator.url(of: portal)).text
        let link = try #require(captures("<h3 class=\"asset-title\"><a href=\"([^\"]+)\">", in: page).first)
        let title = try #require(captures("<h3 class=\"asset-title\"><a href=\"[^\"]+\">([^<]+)</a>", in: page).first)
        let article = try await LoopbackClient.get(simulator.url(link))
        #expect(article.status == 200)
        #expect(article.text.contains("<h1 class=\"article-title\">\(title)</h1>"))
        #expect(article.text.components(separatedBy: "<p>").count >= 5)
        let image = try #require(captures("<img src=\"(/[^\"]+\\.png)\"", in: article.text).first)
        let thumbnail = try await LoopbackClient.get(simulator.url(image))
        #expect(thumbnail.header("Content-Type") == "image/png")
        #expect(Array(thumbnail.body.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func plainList_hasLinksDatesAndPaging() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .listHTML })
        let page = try await LoopbackClient.get(simulator.url(of: portal)).text
        let dates = captures("<li><a href=\"/[^\"]+\" title=\"[^\"]+\">[^<]+</a> <span class=\"date\">\\((\\d{2}/\\d{2}/\\d{4})\\)</span></li>", in: page)
        #expect(dates.count == simulator.configuration.itemsPerPage)
        #expect(page.contains("href=\"\(portal.path)?page=2\""))
    }

    @Test func homePage_announcesTheFeed() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .atom })
        let home = try await LoopbackClient.get(simulator.url(portal.homePath)).text
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(home.contains("href=\"\(portal.path)\""))
    }
}

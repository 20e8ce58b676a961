import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct GroundTruthTests {
    @Test func truth_listsRepublishedStoriesOnSeveralPortalsWithOtherLinks() async throws {
        let simulator = try await Simulators.healthy.value
        let truth = try await simulator.groundTruth()
        #expect(truth.stories.count > 1000)
        let republished = truth.republished
        #expect(republished.count > 50)
        for story in republished {
            #expect(Set(story.items.map(\.portal)).count == story.items.count, "\(story.id) twice on one portal")
            #expect(Set(story.items.map(\.link)).count >= 2, "\(story.id) has one link")
            #expect(story.items[0].portal == story.origin)
            #expect(story.items.dropFirst().allSatisfy { $0.isRepublished })
            #expect(story.items.dropFirst().allSatisfy { $0.published > story.items[0].published })
        }
        let copies = republished.flatMap { $0.items.dropFirst() }
        #expect(copies.contains { $0.link.contains("?utm_source=") })
        #expect(copies.contains { $0.link.hasPrefix("https://") })
    }

    @Test func truth_copiesCarryTitleVariants() async throws {
        let simulator = try await Simulators.healthy.value
        let truth = try await simulator.groundTruth()
        let pairs = truth.republished.flatMap { story in story.items.dropFirst().map { (story.title, $0.title) } }
        #expect(pairs.contains { $0 == $1 })
        // Swift's == sees NFD and NFC as equal; the scalars tell them apart.
        #expect(pairs.contains { original, copy in
            Array(copy.unicodeScalars) != Array(original.unicodeScalars) && Array(copy.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(original.unicodeScalars)
        })
        #expect(pairs.contains { original, copy in copy.contains("\u{00D0}") && !original.contains("\u{00D0}") })
        #expect(pairs.contains { original, copy in copy.hasPrefix("[Tin tức] ") && !original.hasPrefix("[") })
        #expect(pairs.contains { original, copy in
            (original.contains("hòa") && copy.contains("hoà")) || (original.contains("thủy") && copy.contains("thuỷ"))
                || (original.contains("khỏe") && copy.contains("khoẻ"))
        })
    }

    @Test func truth_itemsAreTheOnesTheFeedsServe() async throws {
        let simulator = try await Simulators.healthy.value
        let truth = try await simulator.groundTruth()
        let portal = try #require(simulator.portals.first { $0.format == .atom })
        let feed = try await LoopbackClient.get(simulator.url(of: portal)).text
        let ids = captures("<id>([^<]+)</id>\\s*<updated>", in: feed).filter { $0 != simulator.url(of: portal).absoluteString }
        #expect(ids.count == simulator.configuration.itemsPerFeed)
        for id in ids {
            #expect(truth.storyID(for: id) != nil, "\(id) missing from the truth")
        }
        let served = try await LoopbackClient.get(simulator.url("/_truth.json"))
        let json = try JSONSerialization.jsonObject(with: Data(served.body)) as? [String: Any]
        let stories = try #require(json?["stories"] as? [[String: Any]])
        #expect(stories.count == truth.stories.count)
        #expect(stories.first?["id"] as? String == truth.stories.first?.id)
    }

    @Test func truthLinks_onLoopback_leadToArticles() async throws {
        let simulator = try await Simulators.healthy.value
        let truth = try await simulator.groundTruth()
        let story = try #require(truth.republished.first { story in story.items.allSatisfy { $0.link.hasPrefix("http://") } })
        for item in story.items {
            let article = try await LoopbackClient.get(item.link)
            #expect(article.status == 200, "\(item.link)")
            #expect(article.text.contains("class=\"article-title\""))
        }
    }
}

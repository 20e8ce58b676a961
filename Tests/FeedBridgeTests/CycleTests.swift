import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import Foundation
import PortalSimulator
import Testing

/// One full cycle against the simulated city, end to end over loopback HTTP.
@Suite(.offCooperativePool, .serialized) struct CycleTests {
    @Test func cycle_simulatedCity_publishesEveryStoryOnceWithItsPortals() async throws {
        try await SimulatedCity.with { city in
            let report = try await city.aggregator().runCycle()

            #expect(report.outcomes.count == 127)
            #expect(report.count(.ok) == 127, "\(report.problems.map { "\($0.sourceID): \($0.message ?? "")" })")
            #expect(report.newStories > 100)
            #expect(report.joinedStories > 0)
            #expect(Set(report.written).isSuperset(of: ["feed.atom", "feed.rss", "feed.json", "index.html", "sources.opml", "units/hoan-kiem.atom"]))

            // Each published story is one story of the ground truth, never two, never a duplicate.
            let truth = try await city.simulator.groundTruth()
            let items = try city.publishedJSONItems()
            #expect(items.count == min(500, report.storiesTotal))
            var seen: [String: String] = [:]
            var republished = 0
            for item in items {
                let link = try #require(item["url"] as? String)
                let truthID = try #require(truth.storyID(for: link), "published link \(link) is no simulated story")
                #expect(seen[truthID] == nil, "story \(truthID) published twice: \(seen[truthID] ?? "") and \(item["id"] ?? "")")
                seen[truthID] = item["id"] as? String
                let portals = item.provenancePortals
                let truthPortals = Set(truth.stories.first { $0.id == truthID }?.items.map(\.portal) ?? [])
                // Known false merge (issue 10, open): the simulator's templated summaries make a
                // ward's own notice a near-duplicate of another story that names the ward.
                withKnownIssue("near-duplicate of a templated summary joins two simulated stories", isIntermittent: true) {
                    #expect(Set(portals).isSubset(of: truthPortals), "\(truthID): \(portals) not all in \(truthPortals)")
                }
                #expect(Set(portals).count == portals.count)
                if portals.count > 1 { republished += 1 }
            }
            #expect(republished > 0, "no story carried by two portals: the duplicate check above proved nothing")
        }
    }

    @Test func cycle_republishedByTheCity_primaryIsTheCityPortal() async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()
            let items = try city.publishedJSONItems()
            let withCity = items.filter { $0.provenancePortals.contains("hanoi") }
            #expect(!withCity.isEmpty)
            for item in withCity {
                #expect(item.provenancePortals.first == "hanoi", "a story the city carried has primary \(item.provenancePortals)")
            }
        }
    }

    @Test func cycle_secondRunOnUnchangedPortals_sendsConditionalRequestsAndChangesNothing() async throws {
        try await SimulatedCity.with { city in
            let first = try await city.aggregator().runCycle()
            let atomBefore = try Data(contentsOf: city.output("feed.atom"))
            let modifiedBefore = try FileManager.default.attributesOfItem(atPath: city.output("feed.atom").path)[.modificationDate] as? Date
            city.simulator.resetStatistics()

            let second = try await city.aggregator().runCycle()

            #expect(first.newItems > 0)
            #expect(second.count(.notModified) == 127)
            #expect(second.newItems == 0 && second.updatedItems == 0 && second.newStories == 0)
            #expect(second.written.isEmpty, "rewritten: \(second.written)")
            #expect(city.simulator.statistics.notModified == 127)
            #expect(try Data(contentsOf: city.output("feed.atom")) == atomBefore)
            let modifiedAfter = try FileManager.default.attributesOfItem(atPath: city.output("feed.atom").path)[.modificationDate] as? Date
            #expect(modifiedAfter == modifiedBefore)
        }
    }

    @Test func cycle_unchangedNewsButMissingFileOrRenamedPortal_publishesAgain() async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()
            try FileManager.default.removeItem(at: city.output("index.html"))

            let afterDeletion = try await city.aggregator().runCycle()
            #expect(afterDeletion.written == ["index.html"])

            let yaml = try String(contentsOfFile: city.configPath, encoding: .utf8)
            try yaml.replacingOccurrences(of: "name: \"Phường Hoàn Kiếm\"", with: "name: \"Phường Hoàn Kiếm (Hà Nội)\"")
                .write(toFile: city.configPath, atomically: true, encoding: .utf8)
            let afterRename = try await city.aggregator().runCycle()
            #expect(afterRename.written.contains("sources.opml"))
            #expect(try String(contentsOf: city.output("sources.opml"), encoding: .utf8).contains("Phường Hoàn Kiếm (Hà Nội)"))
        }
    }

    @Test func cycle_newsArrives_newStoriesAppearWithoutChangingOldIDs() async throws {
        try await SimulatedCity.with { city in
            _ = try await city.aggregator().runCycle()
            let idsBefore = Set(try city.publishedJSONItems().compactMap { $0["id"] as? String })
            try await city.simulator.advance(by: .seconds(6 * 3600))

            let report = try await city.aggregator().runCycle()

            let items = try city.publishedJSONItems()
            #expect(report.newStories > 0)
            #expect(report.written.contains("feed.atom"))
            let newest = try #require(items.first?["id"] as? String)
            #expect(!idsBefore.contains(newest), "the newest story after 6 simulated hours is not new")
            // Stories still in the window keep their ids.
            let idsAfter = Set(items.compactMap { $0["id"] as? String })
            let dropped = idsBefore.subtracting(idsAfter).count
            #expect(dropped <= report.newStories)
        }
    }
}

import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

/// `feedbridge run --once` and `feedbridge check --probe` run as real processes.
@Suite(.offCooperativePool, .serialized) struct CommandLineTests {
    @Test func runOnce_twice_reportsNewItemsThenNothingChanged() async throws {
        try await SimulatedCity.with { city in

            let first = try await ProcessRunner.feedbridge(["run", "--once", "--config", city.configPath])
            #expect(first.status == 0, "\(first.standardError)")
            #expect(first.standardOutput.contains("Sources: 127 fetched: 127 ok, 0 not modified, 0 failed"), "\(first.standardOutput)")
            // 5 city files, 127 sub-feeds and this month's archive in Atom, RSS and JSON Feed.
            #expect(first.standardOutput.contains("Files: 135 written, 0 unchanged"), "\(first.standardOutput)")
            // Not a terminal: one plain progress line per source.
            let progress = first.standardError.split(separator: "\n").filter { $0.hasPrefix("[") }
            #expect(progress.count == 127)
            #expect(progress.contains { $0.contains("hoan-kiem  200 ok") })

            let second = try await ProcessRunner.feedbridge(["run", "--once", "--config", city.configPath])
            #expect(second.status == 0, "\(second.standardError)")
            #expect(second.standardOutput.contains("Sources: 127 fetched: 0 ok, 127 not modified, 0 failed"), "\(second.standardOutput)")
            #expect(second.standardOutput.contains("Items: 0 new, 0 updated"))
            #expect(second.standardOutput.contains("Files: 0 written, 135 unchanged"), "\(second.standardOutput)")
        }
    }

    @Test func runOnce_failingSource_exitsWithOneAndNamesIt() async throws {
        var configuration = SimulatorConfiguration.healthy()
        configuration.behaviours["ba-dinh"] = PortalBehaviour(fault: .serverError)
        try await SimulatedCity.with(configuration) { city in

            let run = try await ProcessRunner.feedbridge(["run", "--once", "--quiet", "--config", city.configPath])

            #expect(run.status == 1)
            #expect(run.standardError.isEmpty, "--quiet prints no progress: \(run.standardError)")
            #expect(run.standardOutput.contains("Sources: 127 fetched: 126 ok, 0 not modified, 1 failed"))
            let attention = try #require(run.standardOutput.components(separatedBy: "Needs attention:\n").last)
            #expect(attention.hasPrefix("  ba-dinh  500 failed  fetch: \(city.base.absoluteString)/ba-dinh/rss"), "\(attention)")
            #expect(FileManager.default.fileExists(atPath: city.output("feed.atom").path))
        }
    }

    @Test func runOnce_invalidConfig_printsTheLocationAndFetchesNothing() async throws {
        try await SimulatedCity.with(edit: { $0.replacingOccurrences(of: "    priority: 50\n", with: "    priorty: 50\n") }) { city in

            let run = try await ProcessRunner.feedbridge(["run", "--once", "--config", city.configPath])

            #expect(run.status == 1)
            #expect(run.standardError.hasPrefix("\(city.configPath):"))
            #expect(run.standardError.contains("unknown key 'priorty' in source; did you mean 'priority'?"), "\(run.standardError)")
            #expect(city.simulator.statistics.requests == 0)
            #expect(!FileManager.default.fileExists(atPath: city.output("feed.atom").path))
        }
    }

    @Test func explain_mergedStory_listsEveryPortalAndTheRuleThatJoinedIt() async throws {
        try await SimulatedCity.with { city in
            let run = try await ProcessRunner.feedbridge(["run", "--once", "--quiet", "--config", city.configPath])
            #expect(run.status == 0, "\(run.standardError)")
            // A story that several portals published, as a reader of feed.json sees it.
            let feed = try JSONSerialization.jsonObject(with: Data(contentsOf: city.output("feed.json"))) as? [String: Any]
            let items = try #require(feed?["items"] as? [[String: Any]])
            let shared = try #require(items.first { item in
                ((item["_feedbridge"] as? [String: Any])?["also_published_by"] as? [Any])?.isEmpty == false
            })
            let id = try #require(shared["id"] as? String)
            let provenance = try #require(shared["_feedbridge"] as? [String: Any])
            let copies = try #require(provenance["also_published_by"] as? [[String: Any]])
            let copyLink = try #require(copies[0]["url"] as? String)

            let text = try await ProcessRunner.feedbridge(["explain", "--config", city.configPath, id])
            #expect(text.status == 0, "\(text.standardError)")
            let lines = text.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first == "story \(id)")
            #expect(lines.contains("members (\(copies.count + 1)):"), "\(text.standardOutput)")
            #expect(lines.filter { $0.contains(" [primary] ") }.count == 1, "\(text.standardOutput)")
            #expect(lines.filter { $0.hasPrefix("    joined by ") }.count == copies.count, "\(text.standardOutput)")

            // The ward's copy's own link finds the same story; --json carries the members.
            let json = try await ProcessRunner.feedbridge(["explain", "--json", "--config", city.configPath, copyLink])
            #expect(json.status == 0, "\(json.standardError)")
            let explained = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect(explained?["id"] as? String == id)
            let members = try #require(explained?["members"] as? [[String: Any]])
            #expect(members.count == copies.count + 1)
            #expect(members.filter { $0["isPrimary"] as? Bool == true }.count == 1)

            let missing = try await ProcessRunner.feedbridge(["explain", "--config", city.configPath, "tag:nowhere,2026:none"])
            #expect(missing.status == 1)
            #expect(missing.standardError.contains("no story with id or link tag:nowhere,2026:none"), "\(missing.standardError)")
        }
    }

    @Test func checkProbe_everySource_printsATableAndStoresNothing() async throws {
        var configuration = SimulatorConfiguration.healthy()
        configuration.behaviours["ba-dinh"] = PortalBehaviour(fault: .serverError)
        try await SimulatedCity.with(configuration) { city in

            let run = try await ProcessRunner.feedbridge(["check", "--probe", "--config", city.configPath])

            #expect(run.status == 1)
            let lines = run.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.dropFirst().first?.hasPrefix("SOURCE") == true, "\(run.standardOutput)")
            #expect(lines.filter { $0.range(of: #"^[a-z0-9-]+ +ok +200 +[1-9][0-9]* +20[0-9][0-9]-"#, options: .regularExpression) != nil }.count == 126)
            #expect(lines.contains { $0.hasPrefix("ba-dinh") && $0.contains("failed") && $0.contains("500") })
            #expect(lines.last == "127 sources probed: 126 ok, 1 failed")
            #expect(!FileManager.default.fileExists(atPath: city.folder.appendingPathComponent("state").path))
            #expect(!FileManager.default.fileExists(atPath: city.output("feed.atom").path))
        }
    }

    @Test func checkProbe_oneSource_printsOneRow() async throws {
        try await SimulatedCity.with { city in

            let run = try await ProcessRunner.feedbridge(["check", "--probe", "--config", city.configPath, "cua-nam"])

            #expect(run.status == 0, "\(run.standardError)")
            let lines = run.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines[2].hasPrefix("cua-nam"))
            #expect(lines.last == "1 sources probed: 1 ok, 0 failed")
            // Then the items the rules extracted: date, title, link.
            let items = lines.drop { !$0.hasPrefix("cua-nam: ") }
            let count = try #require(items.first.flatMap { Int($0.split(separator: " ")[1]) })
            #expect(count > 0)
            let itemLines = items.dropFirst().prefix(count)
            #expect(itemLines.count == count)
            #expect(itemLines.allSatisfy { $0.range(of: #"^  20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}  .+  http://127\.0\.0\.1:[0-9]+/[a-z-]+/"#, options: .regularExpression) != nil }, "\(itemLines)")
        }
    }
}

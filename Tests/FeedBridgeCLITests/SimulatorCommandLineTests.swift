import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

/// The command line against the simulated portals, over real HTTP on loopback.
@Suite(.offCooperativePool) struct SimulatorCommandLineTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: [PortalFormat.rss, .atom, .jsonFeed])
    func parse_portalURL_fetchesAndParsesIt(format: PortalFormat) async throws {
        let simulator = try PortalSimulator(configuration: .healthy())
        try await simulator.serving { base in
            let portal = try #require(simulator.portals.first { $0.format == format })
            let url = portal.url(base: base.absoluteString)
            let run = try await ProcessRunner.feedbridge(["parse", url])
            #expect(run.status == 0, "\(run.standardError)")
            let feed = try json(run.standardOutput)
            let expected = ["rss": "rss20", "atom": "atom10", "jsonFeed": "jsonfeed"]["\(format)"]
            #expect(feed["format"] as? String == expected)
            let items = try #require(feed["items"] as? [[String: Any]])
            #expect(items.count == simulator.configuration.itemsPerFeed)
            #expect(items.allSatisfy { ($0["link"] as? String)?.hasPrefix("http") == true })
            #expect(items.allSatisfy { $0["published"] != nil || $0["updated"] != nil })
        }
    }

    @Test func parse_portalAnswering500_failsNamingTheURL() async throws {
        var configuration = SimulatorConfiguration.healthy()
        let probe = try PortalSimulator(configuration: configuration)
        let id = try #require(probe.portals.first { $0.format == .rss }?.id)
        configuration.behaviours[id] = PortalBehaviour(fault: .serverError)
        let simulator = try PortalSimulator(configuration: configuration)
        try await simulator.serving { base in
            let url = try #require(simulator.portal(id)).url(base: base.absoluteString)
            let run = try await ProcessRunner.feedbridge(["parse", url])
            #expect(run.status != 0)
            #expect(run.standardError.hasPrefix("feedbridge: fetch: \(url): HTTP 500"))
        }
    }

    @Test func simulate_servesThePortalsItWritesOut() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = folder.appendingPathComponent("urls.txt").path
        let config = folder.appendingPathComponent("feeds.yaml").path
        let process = Process()
        process.executableURL = ProcessRunner.feedbridge
        process.arguments = ["simulate", "--port", "0", "--faults", "0", "--slow", "0", "--write-urls", urls, "--write-config", config]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var waited = 0
        while !FileManager.default.fileExists(atPath: urls), waited < 600 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        let list = try String(contentsOfFile: urls, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(list.count == 127)
        #expect(try String(contentsOfFile: config, encoding: .utf8).contains("sources:"))
        let fetch = try await ProcessRunner.feedbridge(["fetch", "--json"] + Array(list.prefix(5)))
        #expect(fetch.status == 0, "\(fetch.standardOutput)")
        #expect(fetch.standardOutput.split(separator: "\n").count == 5)
        process.interrupt()
        process.waitUntilExit()
        #expect(!process.isRunning)
    }
}

import FeedBridge
import FeedConfig
import FeedModel
import FeedParse
import Foundation
import PortalSimulator

/// A simulated city on loopback and a feeds.yaml for it in a temporary folder, where the
/// store (`state/`) and the output (`output/`) also live.
struct SimulatedCity {
    let simulator: PortalSimulator
    let base: URL
    let folder: URL
    let configPath: String

    /// Runs `body` with a started city (see ``start(_:edit:)``), and stops it and removes
    /// its folder when `body` returns or throws.
    static func with<T>(
        _ configuration: SimulatorConfiguration = .healthy(), edit: (String) -> String = { $0 },
        _ body: (SimulatedCity) async throws -> T
    ) async throws -> T {
        let city = try await start(configuration, edit: edit)
        do {
            let result = try await body(city)
            await city.stop()
            return result
        } catch {
            await city.stop()
            throw error
        }
    }

    /// Starts the simulator (its news ending now, unless the configuration sets a start)
    /// and writes its feeds.yaml (with `edit` applied to the text); ``stop()`` ends it.
    static func start(
        _ configuration: SimulatorConfiguration = .healthy(), edit: (String) -> String = { $0 }
    ) async throws -> SimulatedCity {
        var configuration = configuration
        configuration.startDate = configuration.startDate ?? Date()  // news as fresh as the store's clock
        let simulator = try PortalSimulator(configuration: configuration)
        let base = try await simulator.start()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedbridge-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configPath = folder.appendingPathComponent("feeds.yaml").path
        try edit(simulator.feedsYAML()).write(toFile: configPath, atomically: true, encoding: .utf8)
        return SimulatedCity(simulator: simulator, base: base, folder: folder, configPath: configPath)
    }

    /// A new aggregator on the folder's feeds.yaml (as a new process would open it).
    func aggregator(backoff: FetchBackoff = FetchBackoff(jitter: { 1 })) throws -> Aggregator {
        try Aggregator(configuration: try ConfigLoader.load(path: configPath), directory: folder, backoff: backoff)
    }

    /// A published file's URL.
    func output(_ name: String) -> URL {
        folder.appendingPathComponent("output").appendingPathComponent(name)
    }

    /// A published feed parsed back with FeedBridge's own parser.
    func publishedFeed(_ name: String) throws -> Feed {
        try FeedParser().parse(contentsOfFile: output(name).path)
    }

    /// The JSON Feed's items as dictionaries.
    func publishedJSONItems() throws -> [[String: Any]] {
        let data = try Data(contentsOf: output("feed.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["items"] as? [[String: Any]] ?? []
    }

    func stop() async {
        await simulator.stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The portal ids a JSON Feed item names in its `_feedbridge` provenance, the primary first.
    var provenancePortals: [String] {
        guard let extensionObject = self["_feedbridge"] as? [String: Any] else { return [] }
        let primary = (extensionObject["source"] as? [String: Any])?["id"] as? String
        let others = (extensionObject["also_published_by"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        return [primary].compactMap { $0 } + others
    }
}

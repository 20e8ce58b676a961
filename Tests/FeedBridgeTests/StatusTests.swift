import FeedBridge
import FeedBridgeTestSupport
import FeedModel
import FeedServer
import Foundation
import Hummingbird
import HummingbirdTesting
import PortalSimulator
import Prometheus
import Testing

/// `/status`, `/status.json`, `/readyz` and `/metrics` of a service after a cycle on
/// simulated portals: a failing portal shows failing, quiet ones stale.
@Suite(.offCooperativePool, .serialized) struct StatusTests {
    /// Six portals whose news ended 20 days ago (hours apart before that); `ba-dinh` answers 500.
    private func quietCity() async throws -> SimulatedCity {
        var configuration = SimulatorConfiguration.healthy(sourceCount: 6)
        configuration.startDate = Date().addingTimeInterval(-20 * 86_400)
        configuration.behaviours["ba-dinh"] = PortalBehaviour(fault: .serverError)
        return try await SimulatedCity.start(configuration)
    }

    @Test func status_afterACycle_showsTheFailingPortalFailingAndTheQuietOnesStale() async throws {
        let city = try await quietCity()
        defer { Task { await city.stop() } }
        let aggregator = try city.aggregator()
        let registry = PrometheusCollectorRegistry()
        let state = ServiceState(
            aggregator: aggregator, configPath: city.configPath,
            metrics: ServiceMetrics(factory: PrometheusMetricsFactory(registry: registry))
        )
        let app = buildApplication(
            ServerSettings(directory: aggregator.outputDirectory.path, listen: .init(host: "127.0.0.1", port: 0)),
            endpoints: state.endpoints {
                var text: [UInt8] = []
                registry.emit(into: &text)
                return String(decoding: text, as: UTF8.self)
            }
        )
        try await app.test(.live) { client in
            let before = try await client.execute(uri: "/readyz", method: .get)
            #expect(before.status == .serviceUnavailable)
            #expect(String(buffer: before.body).contains("cycle: the first cycle has not finished yet"))

            state.cycleFinished(try await aggregator.runCycle())
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok, "\(String(buffer: ready.body))")

            let json = try await client.execute(uri: "/status.json", method: .get)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let status = try decoder.decode(ServiceStatus.self, from: Data(buffer: json.body))
            let sources = Dictionary(uniqueKeysWithValues: status.sources.map { ($0.id, $0) })
            #expect(sources.count == 6)
            let failing = try #require(sources["ba-dinh"])
            #expect(failing.state == .failing)
            #expect(failing.httpStatus == 500)
            #expect(failing.consecutiveFailures == 1)
            #expect(failing.lastError?.isEmpty == false)
            #expect(failing.nextFetch != nil)
            let quiet = status.sources.filter { $0.id != "ba-dinh" }
            #expect(quiet.allSatisfy { $0.state == .stale }, "\(quiet.map { ($0.id, $0.state) })")
            #expect(quiet.allSatisfy { $0.itemsLast7Days == 0 && $0.lastSuccess != nil && $0.usualGapSeconds != nil })
            #expect(status.configVersion.count == 12)

            let page = try await client.execute(uri: "/status", method: .get)
            let html = String(buffer: page.body)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains("<p class=\"summary\">6 nguồn cần chú ý</p>"))
            #expect(html.contains("id=\"source-ba-dinh\" data-state=\"failing\""))
            #expect(html.contains("HTTP 500: "))
            #expect(html.contains("im lặng bất thường"))

            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            let samples = try Self.prometheusSamples(String(buffer: metrics.body))
            #expect(samples["feedbridge_fetches_total{source=\"ba-dinh\",outcome=\"failed\"}"] == 1, "\(samples.keys.sorted())")
            #expect(samples["feedbridge_sources_failing"] == 1)
            #expect(samples["feedbridge_sources_stale"] == 5)
            #expect((samples["feedbridge_stories_stored"] ?? 0) > 0)
            #expect((samples["feedbridge_items_stored"] ?? 0) > 0)
            #expect(samples["feedbridge_fetch_duration_seconds_count"] == 6)
            #expect(samples["feedbridge_cycle_duration_seconds_count"] == 1)
            #expect(samples.keys.contains { $0.hasPrefix("feedbridge_publish_duration_seconds_bucket{") })
            #expect(samples.keys.contains { $0.hasPrefix("feedbridge_source_last_success_timestamp_seconds{source=\"hanoi\"") })
        }
    }

    @Test func metrics_fromAnAddressNotAllowed_isForbidden() async throws {
        let city = try await quietCity()
        defer { Task { await city.stop() } }
        let aggregator = try city.aggregator()
        let state = ServiceState(aggregator: aggregator, configPath: city.configPath)
        let settings = ServerSettings(
            directory: aggregator.outputDirectory.path, listen: .init(host: "127.0.0.1", port: 0),
            metricsAllow: [AddressRange("10.0.0.0/8")!]
        )
        try await buildApplication(settings, endpoints: state.endpoints { "secret_metric 1\n" }).test(.live) { client in
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .forbidden)
            #expect(!String(buffer: response.body).contains("secret_metric"))
        }
    }

    /// The samples of a Prometheus text exposition, by name and labels; throws on a line
    /// that is neither a comment nor `name{labels} value`.
    static func prometheusSamples(_ text: String) throws -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]),
                  line[..<space].range(of: #"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?$"#, options: .regularExpression) != nil
            else { throw PrometheusLineError(line: String(line)) }
            samples[String(line[..<space])] = value
        }
        return samples
    }

    struct PrometheusLineError: Error {
        let line: String
    }
}

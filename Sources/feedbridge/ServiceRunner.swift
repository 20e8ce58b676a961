import FeedBridge
import FeedConfig
import FeedModel
import FeedServer
import Foundation
import Hummingbird
import Prometheus
import WebText

/// Runs the aggregator service and serves its output folder until SIGINT or SIGTERM.
enum ServiceRunner {
    /// - Parameters:
    ///   - period: a fixed cycle period (the demo), or nil to follow the sources' intervals.
    ///   - onServing: called once the server listens, with its base URL.
    static func run(
        _ aggregator: Aggregator, configPath: String, period: Duration?, quiet: Bool,
        onServing: @escaping @Sendable (String) -> Void
    ) async throws {
        let server = aggregator.configuration.server
        let settings = ServerSettings(aggregator.configuration, directory: aggregator.outputDirectory)
        let registry = PrometheusCollectorRegistry()
        let state = ServiceState(
            aggregator: aggregator, configPath: configPath, metrics: ServiceMetrics(factory: PrometheusMetricsFactory(registry: registry))
        )
        let endpoints = state.endpoints {
            var text: [UInt8] = []
            registry.emit(into: &text)
            return String(decoding: text, as: UTF8.self)
        }
        let app = buildApplication(settings, endpoints: endpoints) { port in
            onServing("http://\(ListenAddress(host: server.listen.host, port: port))/")
        }
        let service = AggregatorService(configPath: configPath, period: period)
        let progress = CycleProgress(quiet: true)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }  // returns on SIGINT/SIGTERM
            group.addTask {
                await service.run(state, progress: progress.sourceFinished) { event in
                    log(event, aggregator: aggregator, quiet: quiet)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private static func log(_ event: AggregatorService.Event, aggregator: Aggregator, quiet: Bool) {
        let stamp = Date().rfc3339
        switch event {
        case .cycleFinished(let report):
            let line = "\(stamp) cycle: \(report.outcomes.count) sources fetched (\(report.count(.failed)) failed), "
                + "\(report.newItems) new items, \(report.newStories) new stories, \(report.written.count) files written, "
                + String(format: "%.2f s", report.seconds)
            say(line)
            if !quiet { report.problems.forEach { say("  " + SummaryFormatter.line($0)) } }
        case .cycleFailed(let error):
            say("\(stamp) cycle failed: \(error)")
        case .reloaded(let configuration):
            say("\(stamp) reloaded feeds.yaml: \(configuration.sources.count) sources")
            if configuration.server != aggregator.configuration.server {
                say("  server: the new listen and cors apply after a restart")
            }
        case .reloadFailed(let error):
            say("\(stamp) reload failed, keeping the running configuration:\n\(error)")
        }
    }

    /// Writes a line unbuffered, so it reaches a pipe at once.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

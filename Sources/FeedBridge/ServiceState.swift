import FeedMerge
import FeedServer
import FeedStore
import Foundation
import Synchronization

/// What the running service knows about itself, shared by its cycle loop (which
/// records cycles and reloads) and the server's `/readyz` and `/status`.
public final class ServiceState: Sendable {
    private struct Running {
        var aggregator: Aggregator
        var configVersion: String
        var configLoaded: Date
        var reloadError: String?
        var lastCycle: Date?
        var lastCycleSeconds: Double?
        var cycleError: String?
        var cyclesFinished = 0
    }

    private let running: Mutex<Running>
    private let configPath: String
    /// Which quiet sources are stale.
    public let staleRule: StaleRule
    private let metrics: ServiceMetrics?

    /// The state of a service starting with `aggregator`, loaded from `configPath`.
    /// - Parameter metrics: where each cycle is recorded, if anywhere.
    public init(
        aggregator: Aggregator, configPath: String, metrics: ServiceMetrics? = nil, staleRule: StaleRule = StaleRule(),
        now: Date = Date()
    ) {
        self.configPath = configPath
        self.metrics = metrics
        self.staleRule = staleRule
        running = Mutex(Running(aggregator: aggregator, configVersion: Self.version(of: configPath), configLoaded: now))
    }

    /// The aggregator of the running configuration.
    public var aggregator: Aggregator { running.withLock { $0.aggregator } }

    /// Records a finished cycle (and its metrics).
    public func cycleFinished(_ report: CycleReport, now: Date = Date()) {
        running.withLock {
            $0.lastCycle = now
            $0.lastCycleSeconds = report.seconds
            $0.cycleError = nil
            $0.cyclesFinished += 1
        }
        if let metrics, let status = try? status(now: now), let counts = try? aggregator.store.counts() {
            metrics.record(report, counts: counts, status: status, deliveries: aggregator.hubs?.deliveries)
        }
    }

    /// Records a cycle that failed.
    public func cycleFailed(_ error: any Error, now: Date = Date()) {
        running.withLock {
            $0.lastCycle = now
            $0.cycleError = "\(error)"
        }
    }

    /// Takes the aggregator of a reloaded configuration.
    public func reloaded(_ aggregator: Aggregator, now: Date = Date()) {
        let version = Self.version(of: configPath)
        running.withLock {
            $0.aggregator = aggregator
            $0.configVersion = version
            $0.configLoaded = now
            $0.reloadError = nil
        }
    }

    /// Records why a reload was refused.
    public func reloadFailed(_ error: any Error) {
        running.withLock { $0.reloadError = "\(error)" }
    }

    /// Why the service is not ready: no cycle finished yet, the store is not writable, or
    /// a published file is missing. Empty when ready.
    public func readiness() -> [String] {
        let (aggregator, cycles, cycleError) = running.withLock { ($0.aggregator, $0.cyclesFinished, $0.cycleError) }
        var problems: [String] = []
        if cycles == 0 {
            problems.append(cycleError.map { "cycle: the first cycle failed: \($0)" } ?? "cycle: the first cycle has not finished yet")
        }
        let store = aggregator.store.path
        for path in [store, (store as NSString).deletingLastPathComponent] where access(path, W_OK) != 0 {
            problems.append("store: \(path) is not writable: \(String(cString: strerror(errno)))")
        }
        let settings = aggregator.publicationSettings
        for file in settings.publisher.files(portals: [])
        where !FileManager.default.fileExists(atPath: aggregator.outputDirectory.appendingPathComponent(file).path) {
            problems.append("output: \(aggregator.outputDirectory.appendingPathComponent(file).path) is missing")
        }
        return problems
    }

    /// The report behind `/status`: every source of the running configuration in
    /// feeds.yaml order, then the disabled ones the store still knows.
    public func status(now: Date = Date()) throws -> ServiceStatus {
        let snapshot = running.withLock { $0 }
        let aggregator = snapshot.aggregator
        let states = try aggregator.store.fetchStates()
        let activity = try aggregator.store.sourceActivity(recent: staleRule.window, since: now.addingTimeInterval(-7 * 86_400))
        let records = Dictionary(uniqueKeysWithValues: try aggregator.store.sources().map { ($0.id, $0) })
        let configured = aggregator.configuration.sources.map(\.id)
        let order = configured + records.keys.filter { !Set(configured).contains($0) }.sorted()
        let sources = order.compactMap { id in
            records[id].map { SourceStatus(record: $0, fetch: states[id], activity: activity[id], rule: staleRule, now: now) }
        }
        return ServiceStatus(
            generated: now, configVersion: snapshot.configVersion, configLoaded: snapshot.configLoaded,
            reloadError: snapshot.reloadError, lastCycle: snapshot.lastCycle, lastCycleSeconds: snapshot.lastCycleSeconds,
            cycleError: snapshot.cycleError, sources: sources,
            utcOffsetSeconds: aggregator.configuration.city.timezone.secondsFromGMT(for: now)
        )
    }

    /// The endpoints of the server for this service; `metrics` renders `/metrics`.
    public func endpoints(metrics: @escaping @Sendable () async -> String) -> ServiceEndpoints {
        ServiceEndpoints(
            readiness: { [self] in readiness() }, status: { [self] in try status() }, metrics: metrics
        )
    }

    /// The running feeds.yaml's version: the first 12 hex digits of a stable hash of its bytes.
    static func version(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "unknown" }
        return String(StableHash.hex(of: String(decoding: data, as: UTF8.self)).prefix(12))
    }
}

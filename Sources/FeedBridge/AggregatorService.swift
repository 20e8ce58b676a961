import FeedConfig
import Foundation
import Synchronization

/// The long-running aggregator: runs a cycle whenever sources are due and reloads
/// feeds.yaml on SIGHUP or when the file changes. A reload that fails validation keeps
/// the running configuration and reports why.
public final class AggregatorService: Sendable {
    /// What the service tells its caller.
    public enum Event: Sendable {
        case cycleFinished(CycleReport)
        case cycleFailed(any Error)
        case reloaded(Configuration)
        case reloadFailed(any Error)
    }

    private let configPath: String
    private let period: Duration?
    private let reloadRequested = ReloadFlag()

    /// - Parameters:
    ///   - configPath: feeds.yaml, read again on SIGHUP.
    ///   - period: run a cycle this often, fetching every healthy source (the demo);
    ///     nil waits until the next source is due by its own interval.
    public init(configPath: String, period: Duration? = nil) {
        self.configPath = configPath
        self.period = period
    }

    /// Runs cycles until the task is cancelled, recording each cycle and reload in `state`
    /// (which starts with the initial aggregator).
    public func run(
        _ state: ServiceState,
        progress: @escaping @Sendable (SourceOutcome, Int, Int) -> Void = { _, _, _ in },
        events: @escaping @Sendable (Event) -> Void
    ) async {
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        signal(SIGHUP, SIG_IGN)
        hangup.setEventHandler { [reloadRequested] in reloadRequested.set() }
        hangup.resume()
        defer { hangup.cancel() }

        var aggregator = state.aggregator
        var loadedVersion = Self.version(of: configPath)
        while !Task.isCancelled {
            do {
                let report = try await aggregator.runCycle(ignoringIntervals: period != nil, progress: progress)
                state.cycleFinished(report)
                events(.cycleFinished(report))
            } catch {
                state.cycleFailed(error)
                events(.cycleFailed(error))
            }
            let wait = period?.seconds ?? Self.clampedWait(until: try? aggregator.nextDueDate())
            let deadline = Date().addingTimeInterval(wait)
            while Date() < deadline, !reloadRequested.isSet, !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(250))
                if Self.version(of: configPath) != loadedVersion { reloadRequested.set() }
            }
            if reloadRequested.take() {
                loadedVersion = Self.version(of: configPath)
                do {
                    let configuration = try ConfigLoader.load(path: configPath)
                    aggregator = try Aggregator(configuration: configuration, directory: aggregator.directory)
                    state.reloaded(aggregator)
                    events(.reloaded(configuration))
                } catch {
                    state.reloadFailed(error)
                    events(.reloadFailed(error))
                }
            }
        }
    }

    /// What tells a changed feeds.yaml: its modification time and size.
    static func version(of path: String) -> [String]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return ["\(attributes[.modificationDate] ?? "")", "\(attributes[.size] ?? "")"]
    }

    /// Seconds until `date`, at least 5 seconds and at most 15 minutes.
    static func clampedWait(until date: Date?) -> TimeInterval {
        guard let date else { return 15 * 60 }
        return min(15 * 60, max(5, date.timeIntervalSinceNow))
    }
}

/// A flag set from a signal handler and taken by the service loop.
private final class ReloadFlag: Sendable {
    private let value = Atomic(false)

    var isSet: Bool { value.load(ordering: .acquiring) }

    func set() { value.store(true, ordering: .releasing) }

    /// Returns whether the flag was set, and clears it.
    func take() -> Bool {
        value.exchange(false, ordering: .acquiringAndReleasing)
    }
}

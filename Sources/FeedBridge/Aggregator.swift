import FeedConfig
import FeedFetch
import FeedMerge
import FeedModel
import FeedPublish
import FeedStore
import Foundation

/// The aggregator: one cycle fetches the due sources, parses them, stores and merges
/// their items, applies retention, and publishes the city feed.
///
/// ```swift
/// let aggregator = try Aggregator(configuration: try ConfigLoader.load(path: "feeds.yaml"),
///                                 directory: URL(fileURLWithPath: "."))
/// let report = try await aggregator.runCycle()
/// ```
public final class Aggregator: Sendable {
    public let configuration: Configuration
    /// The folder `output.dir` and the store path are relative to (the config file's).
    public let directory: URL
    let store: FeedStore
    let fetcher: Fetcher
    private let keyer: ItemKeyer
    private let readers: [String: SourceReader]
    private let backoff: FetchBackoff

    /// Opens the store (creating it), registers the configured sources in it, and
    /// prepares the fetcher.
    public init(configuration: Configuration, directory: URL, backoff: FetchBackoff = FetchBackoff()) throws {
        self.configuration = configuration
        self.directory = directory
        self.store = try FeedStore(path: FeedStore.path(fromSetting: configuration.store, relativeTo: directory))
        self.fetcher = try Fetcher(configuration: FetchConfiguration(configuration.fetch))
        self.keyer = ItemKeyer(cityID: configuration.city.id)
        self.readers = Dictionary(uniqueKeysWithValues: configuration.sources.map { ($0.id, SourceReader(source: $0)) })
        self.backoff = backoff
        try store.syncSources(configuration.sources.map {
            SourceRecord(id: $0.id, name: $0.name, url: $0.url.absoluteString, priority: $0.priority, enabled: $0.enabled)
        })
    }

    /// Runs one cycle and publishes.
    /// - Parameters:
    ///   - ignoringIntervals: fetch healthy sources even when their interval has not
    ///     passed (`run --once`); failing sources still wait for their back-off.
    ///   - force: fetch every enabled source that is not gone, back-off or not.
    ///   - progress: called after each source, with the number done and the total.
    public func runCycle(
        ignoringIntervals: Bool = true, force: Bool = false, now: Date = Date(),
        progress: @Sendable (SourceOutcome, _ done: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async throws -> CycleReport {
        let started = ContinuousClock.now
        var report = CycleReport()
        let states = try store.fetchStates()
        let enabled = configuration.sources.filter(\.enabled)
        let due = enabled.filter { source in
            let state = states[source.id]
            if force { return state?.gone != true }
            return FetchBackoff.isDue(state, now: now, ignoringInterval: ignoringIntervals)
        }
        let dueIDs = Set(due.map(\.id))
        report.held = enabled.map(\.id).filter { !dueIDs.contains($0) }

        let sources = Dictionary(uniqueKeysWithValues: due.map { ($0.id, $0) })
        let requests = due.map { source in
            FetchRequest(
                id: source.id, url: source.url.absoluteString, etag: states[source.id]?.etag,
                lastModified: states[source.id]?.lastModified, verifyTLS: source.tlsVerify, timeout: source.timeout
            )
        }
        let parallelism = max(2, ProcessInfo.processInfo.activeProcessorCount)
        try await withThrowingTaskGroup(of: SourceCompletion.self) { group in
            var running = 0
            var done = 0
            func collect(_ completion: SourceCompletion) {
                done += 1
                report.outcomes.append(completion.outcome)
                report.newStories += completion.ingest?.newStories ?? 0
                report.joinedStories += completion.ingest?.joinedStories ?? 0
                progress(completion.outcome, done, requests.count)
            }
            for await result in fetcher.fetch(requests) {
                guard let source = sources[result.request.id] else { continue }
                let state = states[source.id] ?? FetchState()
                group.addTask { try self.complete(result, source: source, state: state, now: now) }
                running += 1
                if running >= parallelism, let completion = try await group.next() {
                    running -= 1
                    collect(completion)
                }
            }
            for try await completion in group { collect(completion) }
        }

        let retention = try store.applyRetention(
            RetentionPolicy(
                maxAge: configuration.retention.maxAge.seconds,
                maxItemsPerSource: configuration.retention.maxItemsPerSource,
                keepNewestStories: configuration.output.items
            ),
            now: now
        )
        report.deletedItems = retention.deletedItems
        let published = try publish()
        report.written = published.written
        report.unchanged = published.unchanged
        report.removed = published.removed
        report.storiesTotal = try store.counts().stories
        report.seconds = (ContinuousClock.now - started).seconds
        return report
    }

    /// What finishing one source produced.
    private struct SourceCompletion: Sendable {
        var outcome: SourceOutcome
        var ingest: IngestReport?
    }

    /// Parses, filters, keys and stores one source's result and saves its new fetch state.
    private func complete(_ result: FetchResult, source: Source, state: FetchState, now: Date) throws -> SourceCompletion {
        let started = ContinuousClock.now
        var outcome = SourceOutcome(sourceID: source.id, status: .ok, httpStatus: result.status, movedTo: result.movedPermanentlyTo)
        var ingest: IngestReport?
        let next: FetchState
        switch result.outcome {
        case .ok:
            switch readers[source.id]!.read(result, lastItemCount: state.lastItemCount) {
            case .success(let feed):
                let keyed = feed.items.map { keyer.keyed($0, sourceID: source.id) }
                let stored = try store.ingest(sourceID: source.id, items: keyed, seenAt: now)
                ingest = stored
                outcome.itemCount = feed.items.count
                outcome.newestItem = feed.newestItemDate
                outcome.newItems = stored.newItems
                outcome.updatedItems = stored.updatedItems
                if feed.malformed { outcome.message = "parse: the document was not well-formed; recovered \(feed.items.count) items" }
                next = backoff.succeeded(state, result: result, source: source, itemCount: feed.items.count, now: now)
            case .failure(let error):
                outcome.status = .failed
                outcome.message = error.message
                next = backoff.failed(state, status: result.status, message: error.message, keepValidators: false, source: source, now: now)
            }
        case .notModified:
            outcome.status = .notModified
            next = backoff.succeeded(state, result: result, source: source, itemCount: nil, now: now)
        case .gone:
            outcome.status = .gone
            next = backoff.gone(state, source: source, now: now)
            outcome.message = next.lastError
        case .rateLimited(let retryAfter):
            outcome.status = .rateLimited
            outcome.message = result.outcome.label
            next = backoff.failed(
                state, status: result.status, message: result.outcome.label, retryAfter: retryAfter?.seconds,
                keepValidators: true, source: source, now: now
            )
        case .failed(let error):
            outcome.status = .failed
            outcome.message = error.description
            next = backoff.failed(state, status: result.status, message: error.description, keepValidators: true, source: source, now: now)
        }
        try store.saveFetchState(next, sourceID: source.id)
        outcome.seconds = result.timings.total.seconds + (ContinuousClock.now - started).seconds
        return SourceCompletion(outcome: outcome, ingest: ingest)
    }
}

extension Aggregator {
    /// When the next enabled source is due by its interval or back-off; nil when none is.
    public func nextDueDate() throws -> Date? {
        let states = try store.fetchStates()
        return configuration.sources.filter(\.enabled).compactMap { source -> Date? in
            guard let state = states[source.id] else { return .distantPast }
            return state.gone ? nil : state.nextFetch ?? .distantPast
        }.min()
    }
}

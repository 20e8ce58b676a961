import FeedConfig
import FeedExecutors
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
    /// One reader per configured source, in feeds.yaml order.
    let readers: [SourceReader]
    private let backoff: FetchBackoff
    /// The WebSub hubs told after a publish that changed a feed; nil without `websub.hubs`.
    public let hubs: HubNotifier?

    /// Opens the store (creating it), registers the configured sources in it, and
    /// prepares the fetcher.
    public init(configuration: Configuration, directory: URL, backoff: FetchBackoff = FetchBackoff()) throws {
        self.configuration = configuration
        self.directory = directory
        self.store = try FeedStore(configuration.store.resolved(relativeTo: directory))
        self.fetcher = try Fetcher(configuration: FetchConfiguration(configuration.fetch))
        self.keyer = ItemKeyer(cityID: configuration.city.id)
        self.readers = configuration.sources.map { SourceReader(source: $0) }
        self.backoff = backoff
        let hubURLs = configuration.websub.hubs.map(\.absoluteString)
        hubs = hubURLs.isEmpty ? nil : HubNotifier(hubs: hubURLs, fetcher: fetcher)
        try store.syncSources(configuration.sources.map {
            SourceRecord(
                id: $0.id, name: $0.name, url: $0.url.absoluteString, priority: $0.priority, enabled: $0.enabled,
                reading: SourceReader.fingerprint(of: $0), level: $0.level
            )
        })
    }

    /// Runs one cycle and publishes, on ``Executors/aggregation``'s threads: parsing,
    /// SQLite and the publisher's writes block a thread, never one of Swift's cooperative pool.
    /// - Parameters:
    ///   - ignoringIntervals: fetch healthy sources even when their interval has not
    ///     passed (`run --once`); failing sources still wait for their back-off.
    ///   - force: fetch every enabled source that is not gone, back-off or not.
    ///   - progress: called after each source, with the number done and the total.
    public func runCycle(
        ignoringIntervals: Bool = true, force: Bool = false, now: Date = Date(),
        progress: @escaping @Sendable (SourceOutcome, _ done: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async throws -> CycleReport {
        // The sources' tasks are child tasks: they keep the preference.
        try await withTaskExecutorPreference(Executors.aggregation) {
            try await cycle(ignoringIntervals: ignoringIntervals, force: force, now: now, progress: progress)
        }
    }

    private func cycle(
        ignoringIntervals: Bool, force: Bool, now: Date, progress: @escaping @Sendable (SourceOutcome, Int, Int) -> Void
    ) async throws -> CycleReport {
        let started = ContinuousClock.now
        var report = CycleReport()
        let states = try store.fetchStates()
        let enabled = readers.filter(\.source.enabled)
        let due = enabled.filter { reader in
            let state = states[reader.source.id]
            if force { return state?.gone != true }
            return FetchBackoff.isDue(state, now: now, ignoringInterval: ignoringIntervals)
        }
        let dueIDs = Set(due.map(\.source.id))
        report.held = enabled.map(\.source.id).filter { !dueIDs.contains($0) }

        let sources = Dictionary(uniqueKeysWithValues: due.map { ($0.source.id, $0) })
        let requests = due.map { FetchRequest($0.source, validators: states[$0.source.id]) }
        let parallelism = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let collector = CycleCollector(store: store, seenAt: now, total: requests.count, progress: progress)
        try await withThrowingTaskGroup(of: Void.self) { group in
            var running = 0
            for await result in fetcher.fetch(requests) {
                guard let reader = result.request.sourceID.flatMap({ sources[$0] }) else { continue }
                let state = states[reader.source.id] ?? FetchState()
                group.addTask { try await self.complete(result, reader: reader, state: state, now: now, into: collector) }
                running += 1
                if running >= parallelism {
                    try await group.next()
                    running -= 1
                }
            }
            try await group.waitForAll()
        }
        let gathered = collector.gathered
        report.outcomes = gathered.outcomes
        report.newStories = gathered.reports.reduce(0) { $0 + $1.newStories }
        report.joinedStories = gathered.reports.reduce(0) { $0 + $1.joinedStories }
        // Items are stored in batches as sources complete; the fetch states after all of
        // them, in one transaction. A crash in between costs a full re-fetch, no item.
        try store.saveFetchStates(gathered.states)
        report.phases.fetch = (ContinuousClock.now - started).seconds

        var phase = ContinuousClock.now
        report.deletedItems = try applyRetentionIfDue(storedNewItems: report.newItems > 0, now: now)
        report.phases.retention = (ContinuousClock.now - phase).seconds
        phase = ContinuousClock.now
        let published = try publishIfChanged()
        hubs?.notify(changedFeedURLs(published.written))
        report.written = published.written
        report.unchanged = published.unchanged
        report.removed = published.removed
        report.phases.publish = (ContinuousClock.now - phase).seconds
        report.storiesTotal = try store.counts().stories
        report.seconds = (ContinuousClock.now - started).seconds
        return report
    }

    /// Parses, filters and keys one source's result, and hands its items (to store) and
    /// its new fetch state to the collector.
    private func complete(
        _ result: FetchResult, reader: SourceReader, state: FetchState, now: Date, into collector: CycleCollector
    ) async throws {
        let source = reader.source
        let started = ContinuousClock.now
        var outcome = SourceOutcome(sourceID: source.id, status: .ok, httpStatus: result.status, movedTo: result.movedPermanentlyTo)
        var items: [KeyedItem]?
        let next: FetchState
        switch result.outcome {
        case .ok:
            switch await readPages(result, reader: reader, state: state) {
            case .success(let feed):
                items = try await enrich(feed.items.map { keyer.keyed($0, sourceID: source.id, linkID: source.linkID) }, source: source)
                outcome.itemCount = feed.items.count
                outcome.newestItem = feed.newestItemDate
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
        outcome.seconds = result.timings.total.seconds + (ContinuousClock.now - started).seconds
        if let items {
            try collector.store(SourceItems(sourceID: source.id, items: items), outcome: outcome, state: next)
        } else {
            collector.finish(outcome, state: next)
        }
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

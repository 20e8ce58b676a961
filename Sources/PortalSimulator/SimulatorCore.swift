import Foundation
import Synchronization

/// The simulator's mutable state: the simulated clock and the base URL behind locks (read
/// by synchronous API), the news timeline and the rendered pages in a ``RenderedSite``
/// actor. A request waiting for another's rendering suspends instead of blocking a thread,
/// so one busy simulator never holds up the other servers sharing the loopback threads.
final class SimulatorCore: Sendable {
    let configuration: SimulatorConfiguration
    let portals: [SimulatedPortal]
    let indexByID: [String: Int]
    private let clock: Mutex<SimulatedClock>
    private let base = Mutex("http://127.0.0.1")
    private let site: RenderedSite

    init(configuration: SimulatorConfiguration) throws {
        self.configuration = configuration
        let portals = PortalDirectory.portals(units: try AdministrativeUnit.bundled(), configuration: configuration)
        self.portals = portals
        indexByID = Dictionary(uniqueKeysWithValues: portals.enumerated().map { ($1.id, $0) })
        clock = Mutex(SimulatedClock(start: configuration.resolvedStart, speed: configuration.realTimeSpeed))
        site = RenderedSite(portals: portals, configuration: configuration)
    }

    /// Renders everything for a (new) base URL: sources, home pages; articles lazily.
    func setBase(_ newBase: String) async throws {
        base.withLock { $0 = newBase }
        try await site.serve(base: newBase, now: now)
    }

    var baseURL: String { base.withLock { $0 } }

    /// The simulated time now.
    var now: Date { clock.withLock { $0.now() } }

    /// Moves simulated time forward and re-renders the portals that got new items.
    func advance(by duration: Duration) async throws {
        let now = clock.withLock { clock in
            clock.advance(by: duration)
            return clock.now()
        }
        try await site.catchUp(to: now)
    }

    /// A rendered source page, home page or article page by path and page key.
    func resource(_ key: String) async throws -> RenderedResource? {
        try await site.resource(key, now: now)
    }

    /// A consistent copy of the timeline, for the ground truth.
    func snapshot() async throws -> (timeline: NewsTimeline, base: String, now: Date) {
        let now = now
        let (timeline, base) = try await site.snapshot(now: now)
        return (timeline, base, now)
    }
}

/// The news timeline and the pages rendered from it, brought to a simulated time on demand.
actor RenderedSite {
    private let portals: [SimulatedPortal]
    private let configuration: SimulatorConfiguration
    private let startEpoch: Int
    private var timeline: NewsTimeline
    private var base = "http://127.0.0.1"
    private var sources: [String: RenderedResource] = [:]
    private var homes: [String: RenderedResource] = [:]
    private var articles: [String: RenderedResource] = [:]
    /// The simulated time the timeline was last brought to.
    private var timelineTime = Int.min
    /// True once a base URL is set: from then on, new items re-render their portal.
    private var isServing = false

    init(portals: [SimulatedPortal], configuration: SimulatorConfiguration) {
        self.portals = portals
        self.configuration = configuration
        startEpoch = Int(configuration.resolvedStart.timeIntervalSince1970)
        timeline = NewsTimeline(portals: portals, configuration: configuration, start: startEpoch)
    }

    private var renderer: SiteRenderer {
        SiteRenderer(timeline: timeline, base: base, configuration: configuration, start: startEpoch)
    }

    /// Renders every source and home page for `newBase`; articles are rendered when asked.
    func serve(base newBase: String, now: Date) throws {
        try catchUp(to: now)
        base = newBase
        isServing = true
        sources = [:]
        articles = [:]
        let renderer = renderer
        for index in portals.indices {
            sources.merge(try renderer.source(index)) { $1 }
            homes[portals[index].homePath] = try renderer.home(index)
        }
    }

    /// Brings the timeline to `now` (the first time, `historyDays` of news); once serving,
    /// re-renders the portals that got new items.
    func catchUp(to now: Date) throws {
        let now = Int(now.timeIntervalSince1970)
        guard now > timelineTime else { return }
        timelineTime = now
        let changed = timeline.advance(to: now)
        guard isServing, !changed.isEmpty else { return }
        let renderer = renderer
        for index in changed.sorted() {
            sources.merge(try renderer.source(index)) { $1 }
        }
    }

    /// A rendered source page, home page or article page by path and page key, at `now`.
    func resource(_ key: String, now: Date) throws -> RenderedResource? {
        try catchUp(to: now)
        if let resource = sources[key] ?? homes[key] ?? articles[key] { return resource }
        guard let item = timeline.articles[key] else { return nil }
        let resource = try renderer.article(item)
        articles[key] = resource
        return resource
    }

    /// The timeline at `now` and the base URL its links use.
    func snapshot(now: Date) throws -> (timeline: NewsTimeline, base: String) {
        try catchUp(to: now)
        return (timeline, base)
    }
}

import Foundation

/// The simulator's mutable state behind one lock: the simulated clock, the news
/// timeline and the pre-rendered resources. Every public entry point goes through it.
final class SimulatorCore: @unchecked Sendable {
    let configuration: SimulatorConfiguration
    let portals: [SimulatedPortal]
    let indexByID: [String: Int]
    private let lock = NSLock()
    private var clock: SimulatedClock
    private var timeline: NewsTimeline
    private var base = "http://127.0.0.1"
    private var sources: [String: RenderedResource] = [:]
    private var homes: [String: RenderedResource] = [:]
    private var articles: [String: RenderedResource] = [:]
    /// The simulated time the timeline was last brought to.
    private var timelineTime = Int.min
    /// True once a base URL is set: from then on, new items re-render their portal.
    private var isServing = false

    init(configuration: SimulatorConfiguration) throws {
        self.configuration = configuration
        portals = PortalDirectory.portals(units: try AdministrativeUnit.bundled(), configuration: configuration)
        indexByID = Dictionary(uniqueKeysWithValues: portals.enumerated().map { ($1.id, $0) })
        clock = SimulatedClock(start: configuration.resolvedStart, speed: configuration.realTimeSpeed)
        timeline = NewsTimeline(portals: portals, configuration: configuration, start: Int(configuration.resolvedStart.timeIntervalSince1970))
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private var startEpoch: Int { Int(clock.start.timeIntervalSince1970) }

    /// Renders everything for a (new) base URL: sources, home pages; articles lazily.
    func setBase(_ newBase: String) throws {
        try locked {
            try catchUp()
            base = newBase
            isServing = true
            sources = [:]
            articles = [:]
            let renderer = SiteRenderer(timeline: timeline, base: base, configuration: configuration, start: startEpoch)
            for index in portals.indices {
                sources.merge(try renderer.source(index)) { $1 }
                homes[portals[index].homePath] = try renderer.home(index)
            }
        }
    }

    var baseURL: String { locked { base } }

    /// The simulated time now.
    var now: Date { locked { clock.now() } }

    /// Moves simulated time forward and re-renders the portals that got new items.
    func advance(by duration: Duration) throws {
        try locked {
            clock.advance(by: duration)
            try catchUp()
        }
    }

    /// Brings the timeline to the clock's time (the first time, `historyDays` of news);
    /// once serving, re-renders the portals that got new items.
    private func catchUp() throws {
        let now = Int(clock.now().timeIntervalSince1970)
        guard now > timelineTime else { return }
        timelineTime = now
        let changed = timeline.advance(to: now)
        guard isServing, !changed.isEmpty else { return }
        let renderer = SiteRenderer(timeline: timeline, base: base, configuration: configuration, start: startEpoch)
        for index in changed.sorted() {
            sources.merge(try renderer.source(index)) { $1 }
        }
    }

    /// A rendered source page, home page or article page by path and page key.
    func resource(_ key: String) throws -> RenderedResource? {
        try locked {
            try catchUp()
            if let resource = sources[key] ?? homes[key] ?? articles[key] { return resource }
            guard let item = timeline.articles[key] else { return nil }
            let resource = try SiteRenderer(timeline: timeline, base: base, configuration: configuration, start: startEpoch).article(item)
            articles[key] = resource
            return resource
        }
    }

    /// A consistent copy of the timeline, for the ground truth.
    func snapshot() throws -> (timeline: NewsTimeline, base: String, now: Date) {
        try locked {
            try catchUp()
            return (timeline, base, clock.now())
        }
    }
}

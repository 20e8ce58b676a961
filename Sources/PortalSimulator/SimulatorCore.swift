import Foundation
import Synchronization

/// The simulator's mutable state behind one lock: the simulated clock, the news
/// timeline and the pre-rendered resources. Every public entry point goes through it.
final class SimulatorCore: Sendable {
    let configuration: SimulatorConfiguration
    let portals: [SimulatedPortal]
    let indexByID: [String: Int]
    private let state: Mutex<State>

    /// What changes while the simulator runs.
    private struct State {
        let configuration: SimulatorConfiguration
        var clock: SimulatedClock
        var timeline: NewsTimeline
        var base = "http://127.0.0.1"
        var sources: [String: RenderedResource] = [:]
        var homes: [String: RenderedResource] = [:]
        var articles: [String: RenderedResource] = [:]
        /// The simulated time the timeline was last brought to.
        var timelineTime = Int.min
        /// True once a base URL is set: from then on, new items re-render their portal.
        var isServing = false

        var renderer: SiteRenderer {
            SiteRenderer(timeline: timeline, base: base, configuration: configuration, start: Int(clock.start.timeIntervalSince1970))
        }

        /// Brings the timeline to the clock's time (the first time, `historyDays` of news);
        /// once serving, re-renders the portals that got new items.
        mutating func catchUp() throws {
            let now = Int(clock.now().timeIntervalSince1970)
            guard now > timelineTime else { return }
            timelineTime = now
            let changed = timeline.advance(to: now)
            guard isServing, !changed.isEmpty else { return }
            let renderer = renderer
            for index in changed.sorted() {
                sources.merge(try renderer.source(index)) { $1 }
            }
        }
    }

    init(configuration: SimulatorConfiguration) throws {
        self.configuration = configuration
        let portals = PortalDirectory.portals(units: try AdministrativeUnit.bundled(), configuration: configuration)
        self.portals = portals
        indexByID = Dictionary(uniqueKeysWithValues: portals.enumerated().map { ($1.id, $0) })
        state = Mutex(State(
            configuration: configuration,
            clock: SimulatedClock(start: configuration.resolvedStart, speed: configuration.realTimeSpeed),
            timeline: NewsTimeline(portals: portals, configuration: configuration, start: Int(configuration.resolvedStart.timeIntervalSince1970))
        ))
    }

    /// Renders everything for a (new) base URL: sources, home pages; articles lazily.
    func setBase(_ newBase: String) throws {
        try state.withLock { state in
            try state.catchUp()
            state.base = newBase
            state.isServing = true
            state.sources = [:]
            state.articles = [:]
            let renderer = state.renderer
            for index in portals.indices {
                state.sources.merge(try renderer.source(index)) { $1 }
                state.homes[portals[index].homePath] = try renderer.home(index)
            }
        }
    }

    var baseURL: String { state.withLock { $0.base } }

    /// The simulated time now.
    var now: Date { state.withLock { $0.clock.now() } }

    /// Moves simulated time forward and re-renders the portals that got new items.
    func advance(by duration: Duration) throws {
        try state.withLock { state in
            state.clock.advance(by: duration)
            try state.catchUp()
        }
    }

    /// A rendered source page, home page or article page by path and page key.
    func resource(_ key: String) throws -> RenderedResource? {
        try state.withLock { state in
            try state.catchUp()
            if let resource = state.sources[key] ?? state.homes[key] ?? state.articles[key] { return resource }
            guard let item = state.timeline.articles[key] else { return nil }
            let resource = try state.renderer.article(item)
            state.articles[key] = resource
            return resource
        }
    }

    /// A consistent copy of the timeline, for the ground truth.
    func snapshot() throws -> (timeline: NewsTimeline, base: String, now: Date) {
        try state.withLock { state in
            try state.catchUp()
            return (state.timeline, state.base, state.clock.now())
        }
    }
}

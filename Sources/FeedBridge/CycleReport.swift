import FeedModel
import Foundation

/// What one full cycle (fetch, parse, store, merge, publish) did.
public struct CycleReport: Sendable {
    /// One outcome per fetched source, in completion order.
    public var outcomes: [SourceOutcome] = []
    /// Enabled sources not fetched this cycle: backing off, told to wait, or gone.
    public var held: [String] = []
    public var newStories = 0
    public var joinedStories = 0
    /// Stories in the store after the cycle.
    public var storiesTotal = 0
    public var deletedItems = 0
    /// Published files written, unchanged and removed (paths relative to `output.dir`).
    public var written: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
    /// Wall time of the whole cycle, in seconds.
    public var seconds: Double = 0
    /// Wall time of each phase, in seconds.
    public var phases = Phases()

    /// The phases of a cycle.
    public struct Phases: Sendable {
        /// Fetching, parsing, storing and merging, all sources at once.
        public var fetch: Double = 0
        /// Forgetting old items.
        public var retention: Double = 0
        /// Writing the files (nothing when nothing changed).
        public var publish: Double = 0
    }

    public init() {}

    /// Sources whose outcome has the given status.
    public func count(_ status: SourceOutcome.Status) -> Int {
        outcomes.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
    }

    public var newItems: Int { outcomes.reduce(0) { $0 + $1.newItems } }
    public var updatedItems: Int { outcomes.reduce(0) { $0 + $1.updatedItems } }
    /// Outcomes that need the operator's attention, by source id.
    public var problems: [SourceOutcome] {
        outcomes.filter { $0.status != .ok && $0.status != .notModified || $0.movedTo != nil }
            .sorted { $0.sourceID < $1.sourceID }
    }
}

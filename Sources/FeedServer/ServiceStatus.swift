import Foundation

/// What `/status` and `/status.json` show: the running configuration, the last cycle
/// and reload, and every source's state.
public struct ServiceStatus: Sendable, Codable, Equatable {
    /// When the report was made.
    public var generated: Date
    /// The running feeds.yaml's version: a hash of its bytes.
    public var configVersion: String
    /// When the running configuration was loaded.
    public var configLoaded: Date
    /// Why the last reload was refused (the running configuration was kept); nil when it was taken.
    public var reloadError: String?
    /// When the last cycle finished, and how long it took in seconds.
    public var lastCycle: Date?
    public var lastCycleSeconds: Double?
    /// Why the last cycle failed; nil when it succeeded.
    public var cycleError: String?
    /// Every source, in feeds.yaml order, then those no longer listed.
    public var sources: [SourceStatus]
    /// The city's offset from UTC in seconds: the page shows its wall-clock times.
    public var utcOffsetSeconds: Int

    /// A report from its parts.
    public init(
        generated: Date, configVersion: String, configLoaded: Date, reloadError: String? = nil, lastCycle: Date? = nil,
        lastCycleSeconds: Double? = nil, cycleError: String? = nil, sources: [SourceStatus], utcOffsetSeconds: Int = 0
    ) {
        self.utcOffsetSeconds = utcOffsetSeconds
        self.generated = generated
        self.configVersion = configVersion
        self.configLoaded = configLoaded
        self.reloadError = reloadError
        self.lastCycle = lastCycle
        self.lastCycleSeconds = lastCycleSeconds
        self.cycleError = cycleError
        self.sources = sources
    }

    /// The sources an operator should look at: every state but ok, not modified and disabled.
    public var needingAttention: [SourceStatus] { sources.filter(\.state.needsAttention) }
}

/// One source's line on the status page.
public struct SourceStatus: Sendable, Codable, Equatable {
    /// What the last fetches of a source say about it.
    public enum State: String, Sendable, Codable, CaseIterable {
        case ok
        case notModified = "not modified"
        case failing
        case rateLimited = "rate limited"
        case gone
        case moved
        case stale
        case disabled

        /// True for the states an operator should act on.
        public var needsAttention: Bool { ![.ok, .notModified, .disabled].contains(self) }
    }

    public var id: String
    public var name: String
    public var url: String
    public var state: State
    public var lastSuccess: Date?
    public var lastAttempt: Date?
    /// The HTTP status of the last attempt.
    public var httpStatus: Int?
    /// The last error, for a source failing now.
    public var lastError: String?
    public var consecutiveFailures: Int
    public var nextFetch: Date?
    /// Items dated in the last 7 days.
    public var itemsLast7Days: Int
    /// The newest item's date.
    public var newestItem: Date?
    /// The median gap between the source's recent items, in seconds.
    public var usualGapSeconds: Double?
    /// The 301/308 target to copy into feeds.yaml.
    public var movedTo: String?

    /// A source's status from its parts.
    public init(
        id: String, name: String, url: String, state: State, lastSuccess: Date? = nil, lastAttempt: Date? = nil,
        httpStatus: Int? = nil, lastError: String? = nil, consecutiveFailures: Int = 0, nextFetch: Date? = nil,
        itemsLast7Days: Int = 0, newestItem: Date? = nil, usualGapSeconds: Double? = nil, movedTo: String? = nil
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.state = state
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.httpStatus = httpStatus
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.nextFetch = nextFetch
        self.itemsLast7Days = itemsLast7Days
        self.newestItem = newestItem
        self.usualGapSeconds = usualGapSeconds
        self.movedTo = movedTo
    }
}

import Foundation

/// Everything that shapes a simulated city; the same configuration gives the same bytes.
///
/// ```swift
/// var configuration = SimulatorConfiguration(seed: 7)
/// configuration.sourceCount = 600              // benchmark mode
/// configuration.behaviours["hoan-kiem"] = PortalBehaviour(fault: .gone)
/// ```
public struct SimulatorConfiguration: Sendable {
    /// Which administrative units get a portal.
    public enum Units: String, Sendable, CaseIterable {
        /// The 126 wards and communes in force since 1 July 2025.
        case post2025 = "post-2025"
        /// The 30 districts before the reform.
        case pre2025 = "pre-2025"
        /// The 30 districts and their 526 wards, communes and townships before the reform.
        case pre2025All = "pre-2025-all"
    }

    /// The seed of every choice: portals' formats and faults, stories, titles, times.
    public var seed: UInt64
    public var units: Units
    /// Serve exactly this many portals (the city included) by repeating the units as
    /// their agencies' portals ("Công an phường Hoàn Kiếm", …); nil serves one per unit.
    public var sourceCount: Int?
    /// Items in each RSS, Atom and JSON feed (the newest ones).
    public var itemsPerFeed: Int
    /// Items on each HTML listing page.
    public var itemsPerPage: Int
    /// Listing pages an HTML portal serves (`?cur=1…N`).
    public var listingPages: Int
    /// Simulated days of news that exist before the start.
    public var historyDays: Int
    /// The simulated time at start; nil derives a fixed date from the seed.
    public var startDate: Date?
    /// Share of the city portal's stories that ward portals republish.
    public var republishShare: Double
    /// Share of portals given a fault from `faultRotation` (the city never is).
    public var faultShare: Double
    /// The faults handed out, in order, to the portals picked by `faultShare`.
    public var faultRotation: [PortalFault]
    /// Share of portals that answer after `slowDelay`.
    public var slowShare: Double
    public var slowDelay: Duration
    /// Behaviours by portal id, replacing the assigned ones.
    public var behaviours: [String: PortalBehaviour]
    /// Simulated seconds per real second (60: a simulated minute each second); 0 moves
    /// simulated time only through `advance(by:)` and `POST /_advance`.
    public var realTimeSpeed: Double

    public init(seed: UInt64 = 1, units: Units = .post2025, sourceCount: Int? = nil) {
        self.seed = seed
        self.units = units
        self.sourceCount = sourceCount
        itemsPerFeed = 20
        itemsPerPage = 10
        listingPages = 5
        historyDays = 14
        startDate = nil
        republishShare = 0.4
        faultShare = 0.05
        faultRotation = PortalFault.defaultRotation
        slowShare = 0.02
        slowDelay = .seconds(2)
        behaviours = [:]
        realTimeSpeed = 0
    }

    /// A configuration of well-behaved portals only (no faults, no slow portals).
    public static func healthy(seed: UInt64 = 1, units: Units = .post2025, sourceCount: Int? = nil) -> Self {
        var configuration = SimulatorConfiguration(seed: seed, units: units, sourceCount: sourceCount)
        configuration.faultShare = 0
        configuration.slowShare = 0
        return configuration
    }

    /// The simulated start: `startDate`, or 08:00 Hanoi time on a day fixed by the seed
    /// (autumn 2025 for the post-2025 units, spring 2025 for the older ones).
    var resolvedStart: Date {
        if let startDate { return startDate }
        let firstDay = units == .post2025
            ? Date(timeIntervalSince1970: 1_756_688_400)   // 2025-09-01T08:00:00+07:00
            : Date(timeIntervalSince1970: 1_740_963_600)   // 2025-03-03T08:00:00+07:00
        return firstDay.addingTimeInterval(Double(seed % 60) * 86_400)
    }
}

import FeedModel
import Foundation

/// Everything one publish writes: the city feed's stories, its portals and their
/// sub-feeds.
///
/// The same publication always gives byte-identical files: nothing is read from the
/// clock, and every list is written in the order given here.
public struct Publication: Sendable {
    /// The merged feed's identity and where it is served.
    public var city: CityFeed
    /// The city feed's stories, newest first, already limited to `output.items`.
    public var stories: [Story]
    /// Every source, in `feeds.yaml` order.
    public var portals: [PortalInfo]
    /// Each portal's own stories (its sub-feed), newest first, by portal id.
    public var unitStories: [String: [Story]]
    /// The software that wrote the files, e.g. "FeedBridge 0.1".
    public var generator: String
    /// How often readers should poll, in minutes (RSS `ttl`): the fetch interval.
    public var refreshMinutes: Int

    /// A publication; `refreshMinutes` defaults to FeedBridge's default fetch interval.
    public init(
        city: CityFeed, stories: [Story], portals: [PortalInfo], unitStories: [String: [Story]],
        generator: String, refreshMinutes: Int = 15
    ) {
        self.city = city
        self.stories = stories
        self.portals = portals
        self.unitStories = unitStories
        self.generator = generator
        self.refreshMinutes = refreshMinutes
    }
}

import FeedModel
import Foundation
import WebText

/// Everything one publish writes: the city feed's stories, its portals and their
/// sub-feeds.
///
/// The same publication always gives byte-identical files: nothing is read from the
/// clock, and every list is written in the order given here.
public struct Publication: Sendable {
    /// The merged feed's identity and where it is served.
    public var city: CityFeed
    /// The city feed's stories, newest first, already limited to `output.items`. Their
    /// links (the primary's and every copy's) lose their tracking parameters (`utm_*`,
    /// `fbclid`, …): a published feed never passes on who clicked from where.
    public var stories: [Story]
    /// Every source, in `feeds.yaml` order.
    public var portals: [PortalInfo]
    /// Each portal's own stories (its sub-feed), newest first, by portal id.
    public var unitStories: [String: [Story]]
    /// When each portal last answered a fetch, by portal id: the `<updated>` of its
    /// sub-feed while that holds no story (never 1970).
    public var lastFetched: [String: Date]
    /// The software that wrote the files, e.g. "FeedBridge 0.1".
    public var generator: String
    /// How often readers should poll, in minutes (RSS `ttl`): the fetch interval.
    public var refreshMinutes: Int
    /// The monthly archives to link and render (`output.archives: monthly`); nil for none.
    public var archives: ArchiveSet?
    /// The WebSub hubs (`websub.hubs`) every subscribable feed names (`rel="hub"`, JSON
    /// Feed `hubs`): the city feeds and the sub-feeds, not the archives, which never change.
    public var hubs: [String]

    /// A publication; `refreshMinutes` defaults to FeedBridge's default fetch interval.
    public init(
        city: CityFeed, stories: [Story], portals: [PortalInfo], unitStories: [String: [Story]],
        lastFetched: [String: Date] = [:], generator: String, refreshMinutes: Int = 15, archives: ArchiveSet? = nil,
        hubs: [String] = []
    ) {
        self.hubs = hubs
        self.city = city
        self.stories = stories.map(\.withoutTrackingParameters)
        self.portals = portals
        self.unitStories = unitStories.mapValues { $0.map(\.withoutTrackingParameters) }
        self.lastFetched = lastFetched
        self.generator = generator
        self.refreshMinutes = refreshMinutes
        self.archives = archives.map { archives in
            ArchiveSet(
                months: archives.months, stories: archives.stories.mapValues { $0.map(\.withoutTrackingParameters) },
                render: archives.render)
        }
    }
}

extension Story {
    /// The story with ``TrackingParameters`` removed from the primary's link and every copy's.
    var withoutTrackingParameters: Story {
        var story = self
        story.item.link = item.link.map(TrackingParameters.removed)
        for index in story.appearances.indices {
            story.appearances[index].link = appearances[index].link.map(TrackingParameters.removed)
        }
        return story
    }
}

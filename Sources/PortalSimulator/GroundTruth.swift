import FeedModel
import Foundation
import WebText

/// Which items are the same story: the answer a merger should find.
///
/// Covers every item that has appeared on a portal up to `time` (also those that newer
/// items have pushed out of the feeds); compare with the items an aggregator saw.
public struct GroundTruth: Sendable {
    /// One item as a portal shows it.
    public struct Item: Sendable, Hashable {
        /// The portal's id (`feeds.yaml` source id).
        public let portal: String
        /// The item's id in the feed (RSS guid, Atom id, JSON Feed id), or its link for HTML listings.
        public let id: String
        /// The absolute link the feed or listing shows.
        public let link: String
        /// The title as this portal writes it (tone placement, prefixes, NFD may differ).
        public let title: String
        public let published: Date
        /// True when the story was first published by another portal.
        public let isRepublished: Bool
    }

    /// A story and every portal item that carries it, the origin's first.
    public struct Story: Sendable {
        /// `story-000042`.
        public let id: String
        /// The origin's title.
        public let title: String
        /// The id of the portal that published it first.
        public let origin: String
        public let items: [Item]
    }

    /// The simulated time the truth describes.
    public let time: Date
    public let stories: [Story]

    /// Stories carried by two or more portals.
    public var republished: [Story] { stories.filter { $0.items.count > 1 } }

    /// The story id of the item with this link (or feed id), if any.
    public func storyID(for linkOrID: String) -> String? {
        storyIDs[linkOrID]
    }

    private let storyIDs: [String: String]

    /// The truth of a simulator's items now.
    init(_ core: SimulatorCore) async throws {
        let snapshot = try await core.snapshot()
        self.init(timeline: snapshot.timeline, base: snapshot.base, time: snapshot.now)
    }

    init(timeline: NewsTimeline, base: String, time: Date) {
        var byStory: [Int: [Item]] = [:]
        for (portalIndex, items) in timeline.items.enumerated() {
            let portal = timeline.portals[portalIndex]
            for item in items {
                let story = timeline.stories[item.story]
                byStory[item.story, default: []].append(Item(
                    portal: portal.id, id: item.feedID(portal: portal, base: base, story: story),
                    link: item.link(base: base), title: item.title,
                    published: Date(timeIntervalSince1970: TimeInterval(item.time)), isRepublished: item.isRepublished))
            }
        }
        self.time = time
        stories = byStory.keys.sorted().map { index in
            let story = timeline.stories[index]
            let items = byStory[index, default: []].sorted { ($0.isRepublished ? 1 : 0, $0.published) < ($1.isRepublished ? 1 : 0, $1.published) }
            return Story(id: story.id, title: story.title, origin: timeline.portals[story.origin].id, items: items)
        }
        var storyIDs: [String: String] = [:]
        for story in stories {
            for item in story.items {
                storyIDs[item.link] = story.id
                storyIDs[item.id] = story.id
            }
        }
        self.storyIDs = storyIDs
    }

    /// The truth as JSON (`GET /_truth.json`): `{"time", "story_count", "republished_count",
    /// "stories": [{"id", "title", "origin", "items": [{"portal", "id", "link", "title",
    /// "published", "republished"}]}]}`, one story per line.
    public func json() -> String {
        // One compact writer per story, so that each story stands on a line of its own
        // (greppable), inside an object that is still plain JSON.
        let header = JSONWriter(pretty: false)
        header.object {
            header.field("time", time.rfc3339)
            header.field("story_count", stories.count)
            header.field("republished_count", republished.count)
        }
        var out = String(header.output.dropLast()) + ",\"stories\":[\n"
        for (index, story) in stories.enumerated() {
            out += Self.json(story) + (index == stories.count - 1 ? "\n" : ",\n")
        }
        return out + "]}\n"
    }

    private static func json(_ story: Story) -> String {
        let writer = JSONWriter(pretty: false)
        writer.object {
            writer.field("id", story.id)
            writer.field("title", story.title)
            writer.field("origin", story.origin)
            writer.key("items")
            writer.list(story.items) { item in
                writer.object {
                    writer.field("portal", item.portal)
                    writer.field("id", item.id)
                    writer.field("link", item.link)
                    writer.field("title", item.title)
                    writer.field("published", item.published.rfc3339)
                    writer.field("republished", item.isRepublished)
                }
            }
        }
        return writer.output
    }
}

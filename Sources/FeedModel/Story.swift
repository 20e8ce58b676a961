import Foundation

/// A merged story: one news item as the city feed publishes it, with every portal
/// that carried it (its provenance).
///
/// A story is born when the first portal's item is stored and keeps its ``id`` for
/// ever; later copies from other portals join it as ``appearances``, and an edit
/// or a new copy moves ``updated`` forward, never the id.
public struct Story: Sendable, Equatable {
    /// The published id, a `tag:` URI derived from the city feed's id; never changes.
    public var id: String
    /// The source id of the primary item (highest priority source, then earliest).
    public var sourceID: String
    /// The primary item: title, link, summary, content, authors, categories, enclosures.
    public var item: Item
    /// When the story was first published (the primary item's date, else when it was first seen).
    public var published: Date
    /// When the story last changed: an edit of an item, or a portal joining it.
    public var updated: Date
    /// Every portal that carried the story, the primary first, then by date.
    public var appearances: [StoryAppearance]

    public init(
        id: String, sourceID: String, item: Item, published: Date, updated: Date,
        appearances: [StoryAppearance]
    ) {
        self.id = id
        self.sourceID = sourceID
        self.item = item
        self.published = published
        self.updated = updated
        self.appearances = appearances
    }
}

/// One portal's copy of a story.
public struct StoryAppearance: Sendable, Equatable {
    /// The id of the source (portal) that carried the story.
    public var sourceID: String
    /// The copy's link on that portal, as published there.
    public var link: String?
    /// The copy's title on that portal.
    public var title: String?
    /// The copy's own publication date, else when it was first seen.
    public var published: Date

    public init(sourceID: String, link: String? = nil, title: String? = nil, published: Date) {
        self.sourceID = sourceID
        self.link = link
        self.title = title
        self.published = published
    }
}

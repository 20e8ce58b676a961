import FeedModel
import Foundation

/// An item as the matcher sees it: a new item to place, or a member of a stored story.
public struct MatchItem: Sendable, Equatable {
    /// The item's id in the index (nil for the new item being placed).
    public var itemID: Int64?
    public var sourceID: String
    /// Its source's administrative level: the first criterion of the primary item.
    public var level: PortalInfo.Level
    /// Its source's priority (`priority:` in feeds.yaml): the second criterion.
    public var priority: Int
    /// Its effective date: published, else updated, else first seen.
    public var date: Date
    public var urlKey: String?
    public var linkID: String?
    public var titleKey: String?
    public var signals: MatchSignals

    public init(
        itemID: Int64? = nil, sourceID: String, level: PortalInfo.Level, priority: Int, date: Date,
        urlKey: String? = nil, linkID: String? = nil, titleKey: String? = nil, signals: MatchSignals = MatchSignals()
    ) {
        self.itemID = itemID
        self.sourceID = sourceID
        self.level = level
        self.priority = priority
        self.date = date
        self.urlKey = urlKey
        self.linkID = linkID
        self.titleKey = titleKey
        self.signals = signals
    }

    /// The item with its keys, from a source of this level and priority.
    public init(_ keyed: KeyedItem, itemID: Int64? = nil, sourceID: String, level: PortalInfo.Level, priority: Int, date: Date) {
        self.init(
            itemID: itemID, sourceID: sourceID, level: level, priority: priority, date: date,
            urlKey: keyed.urlKey, linkID: keyed.linkID, titleKey: keyed.titleKey, signals: keyed.signals
        )
    }
}

/// An item with the identity keys the store and the merger need (built by `FeedMerge`).
public struct KeyedItem: Sendable, Equatable {
    /// The item as parsed (dates may be nil: the store then uses the time first seen).
    public var item: Item
    /// The item's key within its source: guid / atom:id, else canonical link, else a
    /// hash of title and date. A re-fetch of the same item has the same key.
    public var key: String
    /// The canonical link for matching across portals (`http`/`https` and `www.` equal),
    /// or nil without a usable link.
    public var urlKey: String?
    /// The folded title for matching across portals, or nil when the title is too
    /// short to identify a story.
    public var titleKey: String?
    /// A hash of the item's visible content; a change means the item was edited.
    public var contentHash: String
    /// The published id a new story founded by this item gets (a `tag:` URI).
    public var storyID: String
    /// The article id its source's `link_id` rule reads from the link (`liferay:4418033`),
    /// the same on every portal that links the same article; nil without a rule or a match.
    public var linkID: String?
    /// What the merger compares beyond the keys (signature, guard features).
    public var signals: MatchSignals

    public init(
        item: Item, key: String, urlKey: String?, titleKey: String?, contentHash: String,
        storyID: String, linkID: String? = nil, signals: MatchSignals = MatchSignals()
    ) {
        self.item = item
        self.key = key
        self.urlKey = urlKey
        self.titleKey = titleKey
        self.contentHash = contentHash
        self.storyID = storyID
        self.linkID = linkID
        self.signals = signals
    }
}

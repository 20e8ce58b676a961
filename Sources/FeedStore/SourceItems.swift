import FeedModel

/// One source's items from one fetch, for ``FeedStore/ingest(_:seenAt:)``.
public struct SourceItems: Sendable, Equatable {
    /// The source the items come from.
    public var sourceID: String
    /// The items with their identity keys.
    public var items: [KeyedItem]

    /// Creates a source's batch of items.
    public init(sourceID: String, items: [KeyedItem]) {
        self.sourceID = sourceID
        self.items = items
    }
}

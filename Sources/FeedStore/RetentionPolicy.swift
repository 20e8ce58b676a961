import Foundation

/// How much history the store keeps (see ``FeedStore/applyRetention(_:now:)``).
public struct RetentionPolicy: Sendable, Equatable {
    /// Items whose date is older than this are deleted; nil keeps every age.
    public var maxAge: TimeInterval?
    /// Each source keeps at most its newest this many items; nil keeps every item.
    public var maxItemsPerSource: Int?
    /// The newest this many stories keep every item, whatever the other limits say, so
    /// the published feed never shrinks.
    public var keepNewestStories: Int

    /// Creates a policy.
    public init(maxAge: TimeInterval? = nil, maxItemsPerSource: Int? = nil, keepNewestStories: Int) {
        self.maxAge = maxAge
        self.maxItemsPerSource = maxItemsPerSource
        self.keepNewestStories = keepNewestStories
    }
}

/// What one retention pass deleted.
public struct RetentionReport: Sendable, Equatable {
    /// Items deleted (their keys are remembered so they never come back as new).
    public var deletedItems: Int
    /// Stories deleted because none of their items was left.
    public var deletedStories: Int

    /// Creates a report.
    public init(deletedItems: Int = 0, deletedStories: Int = 0) {
        self.deletedItems = deletedItems
        self.deletedStories = deletedStories
    }
}

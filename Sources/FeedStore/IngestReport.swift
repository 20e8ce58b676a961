/// What one ``FeedStore/ingest(sourceID:items:seenAt:)`` call did with a source's items.
///
/// Every item given is counted once: `newItems + updatedItems + unchangedItems +
/// forgottenItems` is the number of items, and every new item either founded a story
/// or joined one: `newItems == newStories + joinedStories`.
public struct IngestReport: Sendable, Equatable {
    /// Items stored for the first time.
    public var newItems: Int
    /// Items already stored whose content changed (an edit): stored again, their story's
    /// `updated` moved forward.
    public var updatedItems: Int
    /// Items already stored with the same content: nothing visible changed.
    public var unchangedItems: Int
    /// New items that founded a story.
    public var newStories: Int
    /// New items that joined an existing story (FeedMerge's `StoryMatcher`: same URL key or
    /// article id, same title key within 7 days, or a near-duplicate within 3 days).
    public var joinedStories: Int
    /// Stories merged into another because a new item matched both (not published any more).
    public var mergedStories: Int
    /// Items skipped because retention deleted them before: they never come back as new.
    public var forgottenItems: Int

    /// Creates a report.
    public init(
        newItems: Int = 0, updatedItems: Int = 0, unchangedItems: Int = 0,
        newStories: Int = 0, joinedStories: Int = 0, forgottenItems: Int = 0, mergedStories: Int = 0
    ) {
        self.newItems = newItems
        self.updatedItems = updatedItems
        self.unchangedItems = unchangedItems
        self.newStories = newStories
        self.joinedStories = joinedStories
        self.forgottenItems = forgottenItems
        self.mergedStories = mergedStories
    }
}

/// How many rows the store holds, for `/status` and `/metrics`.
public struct StoreCounts: Sendable, Equatable {
    /// Sources known to the store, including those no longer in feeds.yaml (kept disabled).
    public var sources: Int
    /// Items stored.
    public var items: Int
    /// Stories stored.
    public var stories: Int

    /// Creates counts.
    public init(sources: Int, items: Int, stories: Int) {
        self.sources = sources
        self.items = items
        self.stories = stories
    }
}

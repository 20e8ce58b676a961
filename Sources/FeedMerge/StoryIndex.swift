import FeedModel
import Foundation

/// The stories a ``StoryMatcher`` places items among: candidate stories by each kind of
/// evidence, and a story's members. Story ids are the index's own (a row id in SQLite);
/// a story merged into another is no longer returned.
///
/// Implementations: `FeedStore`'s SQLite index (tables and indexes of the store) and
/// ``InMemoryStoryIndex`` (tests, benchmark).
public protocol StoryIndex {
    /// Stories with an item whose canonical URL key is `urlKey`.
    func stories(urlKey: String) throws -> [Int64]
    /// Stories with an item whose article id is `linkID`.
    func stories(linkID: String) throws -> [Int64]
    /// At most `limit` stories with an item whose title key is `titleKey`, dated within the
    /// interval: those with an item dated nearest to `date` first (ties by story id). A
    /// notice every ward posts has hundreds of such stories in a dense city; the copies of
    /// one news are dated near each other.
    func stories(titleKey: String, in interval: ClosedRange<Date>, nearest date: Date, limit: Int) throws -> [Int64]
    /// How many stories have an item whose title key is `titleKey` within the interval,
    /// counted up to `limit` (the answer is `limit` when there are more).
    func storyCount(titleKey: String, in interval: ClosedRange<Date>, upTo limit: Int) throws -> Int
    /// Stories with an item that shares one of `bands` (``MinHash/bands(of:)``), dated within the interval.
    func stories(bands: [Int64], in interval: ClosedRange<Date>) throws -> [Int64]
    /// How many stories have an item of `sourceID` with this shape key
    /// (``MatchSignals/shapeKey``) within the interval.
    func storyCount(shapeKey: String, sourceID: String, in interval: ClosedRange<Date>) throws -> Int
    /// The story's items.
    func members(of story: Int64) throws -> [MatchItem]
}

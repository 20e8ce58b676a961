import FeedModel
import Foundation

/// A ``StoryIndex`` in memory, for tests and the benchmark: the same decisions as the
/// store's SQLite index on the same items.
///
/// ```swift
/// var index = InMemoryStoryIndex()
/// let decision = try StoryMatcher().decide(item, in: index)
/// let story = index.insert(item, decision: decision)
/// ```
public struct InMemoryStoryIndex: StoryIndex, Sendable {
    private var items: [MatchItem] = []
    /// The story of each item (by item id - 1).
    private var storyOfItem: [Int64] = []
    private var members: [Int64: [Int64]] = [:]
    private var byURL: [String: [Int64]] = [:]
    private var byLinkID: [String: [Int64]] = [:]
    private var byTitle: [String: [Int64]] = [:]
    private var byBand: [Int64: [Int64]] = [:]
    private var byShape: [String: [Int64]] = [:]
    private var nextStory: Int64 = 1
    /// Stories merged into another, and which.
    public private(set) var mergedInto: [Int64: Int64] = [:]

    public init() {}

    /// Stores `item` as `decision` says: in its story (merging the others into it), or in
    /// a new one. Returns the item's id and its story.
    @discardableResult
    public mutating func insert(_ item: MatchItem, decision: MatchDecision) -> (item: Int64, story: Int64) {
        let story: Int64
        if let target = decision.story {
            story = target
            for merged in decision.merged.map(\.story) {
                for member in members.removeValue(forKey: merged) ?? [] {
                    storyOfItem[Int(member - 1)] = target
                    members[target, default: []].append(member)
                }
                mergedInto[merged] = target
            }
        } else {
            story = nextStory
            nextStory += 1
        }
        let id = Int64(items.count + 1)
        var stored = item
        stored.itemID = id
        items.append(stored)
        storyOfItem.append(story)
        members[story, default: []].append(id)
        if let key = item.urlKey { byURL[key, default: []].append(id) }
        if let key = item.linkID { byLinkID[key, default: []].append(id) }
        if let key = item.titleKey { byTitle[key, default: []].append(id) }
        if let key = item.signals.shapeKey { byShape[key, default: []].append(id) }
        for band in MinHash.bands(of: item.signals.minHash) { byBand[band, default: []].append(id) }
        return (id, story)
    }

    /// The story an item is in now.
    public func story(ofItem id: Int64) -> Int64 { storyOfItem[Int(id - 1)] }

    public func stories(urlKey: String) -> [Int64] { stories(of: byURL[urlKey] ?? []) }

    public func stories(linkID: String) -> [Int64] { stories(of: byLinkID[linkID] ?? []) }

    public func stories(titleKey: String, in interval: ClosedRange<Date>, nearest date: Date, limit: Int) -> [Int64] {
        let ids = (byTitle[titleKey] ?? []).filter { interval.contains(items[Int($0 - 1)].date) }.sorted {
            (abs(items[Int($0 - 1)].date.timeIntervalSince(date)), storyOfItem[Int($0 - 1)])
                < (abs(items[Int($1 - 1)].date.timeIntervalSince(date)), storyOfItem[Int($1 - 1)])
        }
        return Array(stories(of: ids).prefix(limit))
    }

    public func storyCount(titleKey: String, in interval: ClosedRange<Date>, upTo limit: Int) -> Int {
        min(limit, stories(of: byTitle[titleKey] ?? [], in: interval).count)
    }

    public func stories(bands: [Int64], in interval: ClosedRange<Date>) -> [Int64] {
        stories(of: bands.flatMap { byBand[$0] ?? [] }, in: interval)
    }

    public func storyCount(shapeKey: String, sourceID: String, in interval: ClosedRange<Date>) -> Int {
        stories(of: (byShape[shapeKey] ?? []).filter { items[Int($0 - 1)].sourceID == sourceID }, in: interval).count
    }

    public func members(of story: Int64) -> [MatchItem] {
        (members[story] ?? []).map { items[Int($0 - 1)] }
    }

    private func stories(of ids: [Int64], in interval: ClosedRange<Date>? = nil) -> [Int64] {
        var seen: Set<Int64> = []
        var result: [Int64] = []
        for id in ids where interval.map({ $0.contains(items[Int(id - 1)].date) }) ?? true {
            let story = storyOfItem[Int(id - 1)]
            if seen.insert(story).inserted { result.append(story) }
        }
        return result
    }
}

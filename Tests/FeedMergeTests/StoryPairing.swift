import FeedMerge
import FeedModel
import Foundation

/// The stories ``StoryMatcher`` makes of the entries (over ``InMemoryStoryIndex``, in
/// date order, as the store would ingest them), scored pairwise against the truth.
struct StoryPairing {
    struct Entry {
        let source: String
        let keyed: KeyedItem
        /// The story the ground truth puts the item in.
        let truthStory: String
    }

    /// Two entries (indices into `entries`, the smaller first).
    struct Pair: Hashable {
        let first: Int
        let second: Int
        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
    }

    let entries: [Entry]

    /// The pairs of entries the matcher puts in one story.
    func foundPairs() throws -> Set<Pair> {
        let matcher = StoryMatcher()
        var index = InMemoryStoryIndex()
        let dated = entries.indices.map { ($0, entries[$0].keyed.item.published ?? .distantPast) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var itemOf: [Int: Int64] = [:]
        for (position, date) in dated {
            let entry = entries[position]
            let item = MatchItem(entry.keyed, sourceID: entry.source, level: .agency, priority: 0, date: date)
            itemOf[position] = index.insert(item, decision: try matcher.decide(item, in: index)).item
        }
        return Self.pairs(in: Dictionary(grouping: entries.indices, by: { index.story(ofItem: itemOf[$0] ?? 0) }).values)
    }

    /// The pairs of entries the truth puts in one story.
    func truePairs() -> Set<Pair> {
        Self.pairs(in: Dictionary(grouping: entries.indices, by: { entries[$0].truthStory }).values)
    }

    private static func pairs(in groups: some Sequence<[Int]>) -> Set<Pair> {
        var pairs = Set<Pair>()
        for group in groups where group.count > 1 {
            for (offset, a) in group.enumerated() {
                for b in group[(offset + 1)...] { pairs.insert(Pair(a, b)) }
            }
        }
        return pairs
    }

    /// `precision`, `recall` and a one-line summary of found pairs against true pairs.
    func score() throws -> (precision: Double, recall: Double, found: Set<Pair>, truth: Set<Pair>, summary: String) {
        let found = try foundPairs()
        let truth = truePairs()
        let right = found.intersection(truth).count
        let precision = found.isEmpty ? 1 : Double(right) / Double(found.count)
        let recall = truth.isEmpty ? 1 : Double(right) / Double(truth.count)
        let summary = "\(entries.count) items, \(truth.count) true pairs, \(found.count) found, \(right) right: "
            + "precision \(String(format: "%.4f", precision)), recall \(String(format: "%.4f", recall))"
        return (precision, recall, found, truth, summary)
    }

    /// A pair as text, for failure messages.
    func describe(_ pair: Pair) -> String {
        [pair.first, pair.second].map { index in
            let entry = entries[index]
            return "\(entry.source) [\(entry.truthStory)] \(entry.keyed.item.title ?? "-") <\(entry.keyed.item.link ?? "-")>"
        }.joined(separator: "  ⟷  ")
    }
}

import FeedModel
import Foundation

/// The pairing the merger's keys allow (DESIGN.md, "Stories"): items of different
/// sources are one story when their URL keys match, or their title keys match within
/// 7 days; stories are the connected groups. Used to score the keys against the truth.
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

    static let titleWindow: TimeInterval = 7 * 86_400

    let entries: [Entry]

    /// The pairs of entries the keys put in one story.
    func foundPairs() -> Set<Pair> {
        var parent = Array(entries.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ group: [Int], when linked: (Int, Int) -> Bool) {
            for (offset, a) in group.enumerated() {
                for b in group[(offset + 1)...] where entries[a].source != entries[b].source && linked(a, b) {
                    parent[root(a)] = root(b)
                }
            }
        }
        for group in Dictionary(grouping: entries.indices, by: { entries[$0].keyed.urlKey }) where group.key != nil {
            join(group.value) { _, _ in true }
        }
        for group in Dictionary(grouping: entries.indices, by: { entries[$0].keyed.titleKey }) where group.key != nil {
            join(group.value) { a, b in
                guard let first = entries[a].keyed.item.published, let second = entries[b].keyed.item.published else { return false }
                return abs(first.timeIntervalSince(second)) <= Self.titleWindow
            }
        }
        return Self.pairs(in: Dictionary(grouping: entries.indices, by: root).values)
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
    func score() -> (precision: Double, recall: Double, found: Set<Pair>, truth: Set<Pair>, summary: String) {
        let found = foundPairs()
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

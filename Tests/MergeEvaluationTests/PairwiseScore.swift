/// Pairwise precision and recall of a clustering against the truth: over the pairs of
/// items of different sources, a pair is found when both items are in one published
/// story and true when the truth gives them one story label.
struct PairwiseScore {
    var found = 0
    var truth = 0
    var right = 0
    /// Wrongly joined and missed pairs, described, for the failure message.
    var wrong: [String] = []
    var missed: [String] = []

    init() {}

    /// Scores items given as (id, source, true label, found story).
    init(_ items: [(id: String, source: String, label: String, story: String)]) {
        for (offset, first) in items.enumerated() {
            for second in items[(offset + 1)...] where first.source != second.source {
                let isTrue = first.label == second.label
                let isFound = first.story == second.story
                if isTrue { truth += 1 }
                if isFound { found += 1 }
                if isTrue && isFound { right += 1 }
                if isFound && !isTrue { wrong.append("\(first.id) + \(second.id)") }
                if isTrue && !isFound { missed.append("\(first.id) / \(second.id)") }
            }
        }
    }

    var precision: Double { found == 0 ? 1 : Double(right) / Double(found) }
    var recall: Double { truth == 0 ? 1 : Double(right) / Double(truth) }

    static func + (left: PairwiseScore, right: PairwiseScore) -> PairwiseScore {
        var sum = left
        sum.found += right.found
        sum.truth += right.truth
        sum.right += right.right
        sum.wrong += right.wrong
        sum.missed += right.missed
        return sum
    }
}

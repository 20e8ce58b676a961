/// "Did you mean" for misspelt keys.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, when close enough to be a typo
    /// (at most 2 edits, and fewer than half the word's length).
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (name: $0, distance: distance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }),
              best.distance <= 2, best.distance * 2 < max(word.count, 2) else { return nil }
        return best.name
    }

    /// The Levenshtein distance between two strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

import FeedConfig
import FeedModel
import WebText

/// A source's `include`/`exclude` regexes, applied to each item's title and plain-text
/// summary.
///
/// The patterns are compiled (as Swift `Regex`es, the syntax feeds.yaml validation
/// checked them with) once per ``apply(_:)`` — once per fetch: a `Regex` of
/// `AnyRegexOutput` is not `Sendable`, and the filter is shared by concurrent cycles.
struct ItemFilter: Sendable {
    private let include: [String]
    private let exclude: [String]

    init(source: Source) {
        include = source.include
        exclude = source.exclude
    }

    /// True when the filter lets every item through.
    var isEmpty: Bool { include.isEmpty && exclude.isEmpty }

    /// The items kept: matching one `include` pattern when there are any, and no `exclude` pattern.
    func apply(_ items: [Item]) -> [Item] {
        guard !isEmpty else { return items }
        let include = include.compactMap { try? Regex($0) }
        let exclude = exclude.compactMap { try? Regex($0) }
        return items.filter { item in
            let text = [item.title, item.summary.map { PlainText.from(html: $0) }].compactMap { $0 }.joined(separator: "\n")
            let matches = { (pattern: Regex<AnyRegexOutput>) in text.contains(pattern) }
            return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
        }
    }
}

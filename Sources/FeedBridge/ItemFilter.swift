import FeedConfig
import FeedModel
import Foundation
import WebText

/// A source's `include`/`exclude` regexes, compiled once, applied to each item's title
/// and plain-text summary.
struct ItemFilter: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe
    private let include: [NSRegularExpression]
    private let exclude: [NSRegularExpression]

    /// Compiles the source's patterns (feeds.yaml validation already checked them).
    init(source: Source) {
        include = source.include.compactMap { try? NSRegularExpression(pattern: $0) }
        exclude = source.exclude.compactMap { try? NSRegularExpression(pattern: $0) }
    }

    /// True when the filter lets every item through.
    var isEmpty: Bool { include.isEmpty && exclude.isEmpty }

    /// The items kept: matching one `include` pattern when there are any, and no `exclude` pattern.
    func apply(_ items: [Item]) -> [Item] {
        guard !isEmpty else { return items }
        return items.filter { item in
            let text = [item.title, item.summary.map { PlainText.from(html: $0) }].compactMap { $0 }.joined(separator: "\n")
            let range = NSRange(text.startIndex..., in: text)
            let matches = { (pattern: NSRegularExpression) in pattern.firstMatch(in: text, range: range) != nil }
            return (include.isEmpty || include.contains(where: matches)) && !exclude.contains(where: matches)
        }
    }
}

import FeedConfig
import FeedFetch
import FeedMerge
import FeedModel
import FeedParse
import Foundation

/// Turns one source's fetched body into its items: parse it as a feed, or as a listing
/// page with the source's HTML rules, then apply its include/exclude filters.
/// Shared by the cycle and by `check --probe`, so both see exactly the same items.
struct SourceReader: Sendable {
    let source: Source
    private let filter: ItemFilter

    init(source: Source) {
        self.source = source
        self.filter = ItemFilter(source: source)
    }

    /// The parsed document with its filtered items, or why the source failed.
    /// - Parameter lastItemCount: items the rules found last time, for the message
    ///   when a listing page suddenly matches nothing (a portal redesign).
    func read(_ result: FetchResult, lastItemCount: Int?) -> Result<Feed, SourceReadError> {
        readWithWarnings(result, lastItemCount: lastItemCount).map(\.feed)
    }

    /// ``read(_:lastItemCount:)`` with what the operator should know about how a listing
    /// page's rules matched (nothing for feeds).
    func readWithWarnings(_ result: FetchResult, lastItemCount: Int?) -> Result<(feed: Feed, warnings: [String]), SourceReadError> {
        var options = ParseOptions(
            baseURL: result.finalURL, contentType: result.headers.contentType, timeZone: source.timezone
        )
        options.htmlRules = source.html
        var feed: Feed
        var warnings: [String] = []
        do {
            if source.html != nil {
                let listing = try FeedParser(options: options).parseListing(result.body)
                feed = listing.feed
                warnings = listing.diagnostics.warnings
            } else {
                feed = try FeedParser(options: options).parse(result.body)
            }
        } catch {
            return .failure(SourceReadError(message: "\(error)"))
        }
        if source.html != nil, feed.items.isEmpty {
            var message = "html: the listing page matched 0 items"
            if let lastItemCount, lastItemCount > 0 { message += ", it matched \(lastItemCount) last time" }
            if let reason = warnings.first(where: { $0.hasPrefix("the page looks like") }) { message += "; \(reason)" }
            return .failure(SourceReadError(message: message + " (check the rules with feedbridge check --probe \(source.id))"))
        }
        feed.items = filter.apply(feed.items)
        return .success((feed, warnings))
    }
}

extension SourceReader {
    /// How a source's documents are read: its HTML rules, filters and time zone. The
    /// store drops the source's validators when this changes, so new rules apply at once.
    static func fingerprint(of source: Source) -> String {
        var parts = [source.timezone.identifier] + source.include + ["|"] + source.exclude
        if let rules = source.html {
            parts += rules.byKey.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            parts.append("max_pages=\(rules.maxPages ?? 1)")
            parts += (rules.article?.byKey ?? [:]).sorted { $0.key < $1.key }.map { "article.\($0.key)=\($0.value)" }
        }
        return StableHash.hex(of: parts.joined(separator: "\n"))
    }
}

/// Why a fetched document gave no items: a parse error, or rules that matched nothing.
struct SourceReadError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension Feed {
    /// The newest published (else updated) date among the items.
    var newestItemDate: Date? {
        items.compactMap { $0.published ?? $0.updated }.max()
    }
}

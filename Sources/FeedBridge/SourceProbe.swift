import FeedConfig
import FeedFetch
import FeedModel
import Foundation

/// `check --probe`: fetches every enabled source once and reads it exactly as a cycle
/// would, without conditional requests and without storing anything.
public enum SourceProbe {
    /// One probed source.
    public struct Row: Sendable, Equatable {
        public var sourceID: String
        /// `ok`, `failed`, `gone` or `rate limited`.
        public var status: String
        /// The HTTP status, 0 when no response arrived.
        public var httpStatus: Int
        /// Items found after include/exclude filters.
        public var items: Int
        /// The newest item date.
        public var newest: Date?
        /// Why the source failed, or a warning (a malformed document, a permanent redirect).
        public var message: String?
        public var seconds: Double
        /// The items found, as a cycle would store them.
        public var extracted: [Item] = []
        /// How the HTML rules matched the page: rules that matched nothing, items without
        /// a title, link or date, future dates, duplicate links, a login or error page.
        public var warnings: [String] = []

        /// True unless the source failed.
        public var succeeded: Bool { status == "ok" }
    }

    /// Probes the enabled sources (only those listed in `sourceIDs` when given), in feeds.yaml order.
    public static func probe(_ configuration: Configuration, sourceIDs: Set<String>? = nil) async throws -> [Row] {
        let sources = configuration.sources.filter { $0.enabled && (sourceIDs?.contains($0.id) ?? true) }
        let fetcher = try Fetcher(configuration: FetchConfiguration(configuration.fetch))
        let requests = sources.map { FetchRequest($0) }
        let readers = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, SourceReader(source: $0)) })
        var rows: [String: Row] = [:]
        for await result in fetcher.fetch(requests) {
            guard let reader = result.request.sourceID.flatMap({ readers[$0] }) else { continue }
            rows[reader.source.id] = row(for: result, reader: reader)
        }
        return sources.compactMap { rows[$0.id] }
    }

    private static func row(for result: FetchResult, reader: SourceReader) -> Row {
        var row = Row(
            sourceID: reader.source.id, status: result.outcome.label, httpStatus: result.status, items: 0,
            seconds: result.timings.total.seconds
        )
        switch result.outcome {
        case .ok:
            switch reader.readWithWarnings(result, lastItemCount: nil) {
            case .success(let (feed, warnings)):
                row.items = feed.items.count
                row.newest = feed.newestItemDate
                row.extracted = feed.items
                row.warnings = warnings
                if feed.malformed { row.message = "parse: not well-formed, recovered" }
                if row.message == nil, let first = warnings.first {
                    row.message = "warning: \(first)" + (warnings.count > 1 ? " (+\(warnings.count - 1) more)" : "")
                }
            case .failure(let error):
                row.status = "failed"
                row.message = error.message
            }
        case .notModified:
            row.status = "ok"
        case .gone:
            row.message = "410 Gone: remove the source or fix its url"
        case .rateLimited:
            row.message = result.outcome.label
        case .failed(let error):
            row.message = error.description
        }
        if let moved = result.movedPermanentlyTo {
            row.message = [row.message, "moved permanently to \(moved): update its url"].compactMap { $0 }.joined(separator: "; ")
        }
        return row
    }
}

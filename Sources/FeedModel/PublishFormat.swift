/// A kind of file the publisher writes; the raw value is its name in `feeds.yaml`
/// `output.formats`, read there and written by the publisher without a translation.
public enum PublishFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `feed.atom` (Atom 1.0), and the per-portal sub-feeds `units/<id>.atom`.
    case atom
    /// `feed.rss` (RSS 2.0).
    case rss
    /// `feed.json` (JSON Feed 1.1).
    case json
    /// `index.html`, the readable page.
    case html
    /// `sources.opml` (OPML 2.0), the list of portals for feed readers.
    case opml
}

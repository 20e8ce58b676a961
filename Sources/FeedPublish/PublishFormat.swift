/// A kind of file the publisher writes; the raw value is the name used in
/// `feeds.yaml` `output.formats`.
public enum PublishFormat: String, Sendable, CaseIterable {
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

    /// The file's path in the output folder.
    var fileName: String {
        switch self {
        case .atom: "feed.atom"
        case .rss: "feed.rss"
        case .json: "feed.json"
        case .html: "index.html"
        case .opml: "sources.opml"
        }
    }

    /// The media type feed readers look for in autodiscovery links.
    var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        case .html: "text/html"
        case .opml: "text/x-opml"
        }
    }
}

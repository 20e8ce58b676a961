import FeedModel

/// Where each format is written and how it is announced.
extension PublishFormat {
    /// The file's path in the output folder (`feed.atom`, `feed.rss`, …).
    public var fileName: String {
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

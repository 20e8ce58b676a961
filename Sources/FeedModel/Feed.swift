import Foundation

/// A parsed feed (or an HTML page turned into a feed), independent of its source format.
///
/// Every string is UTF-8 in Unicode NFC; absent values are `nil` (or empty arrays),
/// never `""`. Titles are plain text; `Item.summary` and `Item.content` are sanitized
/// HTML with absolute URLs. See `FeedFormat` for how each format maps onto the fields.
public struct Feed: Sendable, Equatable {
    /// The format the document was recognised as.
    public var format: FeedFormat
    /// True when the document was not well-formed and was recovered.
    public var malformed: Bool
    public var title: String?
    /// The feed's web site (RSS `link`, Atom `link rel="alternate"`, JSON Feed `home_page_url`).
    public var link: String?
    public var subtitle: String?
    public var language: String?
    /// The feed's own identifier (Atom `id`, JSON Feed `feed_url`).
    public var id: String?
    public var updated: Date?
    public var generator: String?
    public var rights: String?
    public var authors: [Person]
    public var image: FeedImage?
    public var items: [Item]
    /// The absolute URL of the next page: of a paged feed (Atom/RSS `link rel="next"`,
    /// RFC 5005) or of an HTML listing (the `next_page` rule); nil on the last page.
    public var nextPage: String?

    public init(
        format: FeedFormat = .unknown, malformed: Bool = false,
        title: String? = nil, link: String? = nil, subtitle: String? = nil,
        language: String? = nil, id: String? = nil, updated: Date? = nil,
        generator: String? = nil, rights: String? = nil,
        authors: [Person] = [], image: FeedImage? = nil, items: [Item] = [],
        nextPage: String? = nil
    ) {
        self.format = format
        self.malformed = malformed
        self.title = title
        self.link = link
        self.subtitle = subtitle
        self.language = language
        self.id = id
        self.updated = updated
        self.generator = generator
        self.rights = rights
        self.authors = authors
        self.image = image
        self.items = items
        self.nextPage = nextPage
    }
}

/// The formats FeedBridge reads. The raw value is the `format` of the parse JSON contract.
///
/// Field mapping (first present source wins):
/// - title: RSS `title`, Atom `title`, JSON `title`
/// - link: RSS `link` then `atom:link rel=alternate`, Atom `link rel=alternate` (html type preferred), JSON `home_page_url`
/// - subtitle: RSS `description`, Atom `subtitle`/`tagline` (0.3), JSON `description`
/// - updated: RSS `lastBuildDate` then `pubDate` then `dc:date`, Atom `updated`/`modified` (0.3)
/// - rights: RSS `copyright` then `dc:rights`, Atom `rights`/`copyright` (0.3)
/// - item id: RSS `guid`, Atom `id`, JSON `id`
/// - item summary/content: RSS `description` / `content:encoded`, Atom `summary` / `content`,
///   JSON `summary` / `content_html` (else `content_text` escaped)
/// - item published: RSS `pubDate` then `dc:date`, Atom `published`/`issued` (0.3), JSON `date_published`
/// - enclosures: RSS `enclosure`, `media:content`, `media:thumbnail`, Atom `link rel=enclosure`, JSON `attachments`
/// - next_page: RSS `atom:link rel=next`, Atom `link rel=next` (RFC 5005 paged feeds),
///   JSON Feed `next_url`, HTML the `next_page` rule
public enum FeedFormat: String, Sendable, Codable, CaseIterable {
    case rss20, rss10, rss09x, atom10, atom03, jsonfeed, html, unknown
}

/// A feed's logo or icon.
public struct FeedImage: Sendable, Equatable, Hashable {
    public var url: String
    public var title: String?
    public var link: String?

    public init(url: String, title: String? = nil, link: String? = nil) {
        self.url = url
        self.title = title
        self.link = link
    }
}

import Foundation

/// One entry of a feed: an article, a news item, a notice.
public struct Item: Sendable, Equatable {
    /// The item's identifier in its source (RSS `guid`, Atom `id`, JSON Feed `id`).
    public var id: String?
    /// Plain text, entities decoded, whitespace trimmed.
    public var title: String?
    /// The item's absolute web address.
    public var link: String?
    /// Sanitized HTML with absolute URLs.
    public var summary: String?
    /// Sanitized HTML with absolute URLs.
    public var content: String?
    public var published: Date?
    public var updated: Date?
    public var authors: [Person]
    public var categories: [String]
    public var enclosures: [Enclosure]
    /// The address of the item's comments page.
    public var comments: String?

    public init(
        id: String? = nil, title: String? = nil, link: String? = nil,
        summary: String? = nil, content: String? = nil,
        published: Date? = nil, updated: Date? = nil,
        authors: [Person] = [], categories: [String] = [],
        enclosures: [Enclosure] = [], comments: String? = nil
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.summary = summary
        self.content = content
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.comments = comments
    }
}

/// An author or contributor. Coded (the store's `authors` JSON) as
/// `{"name":…,"email":…,"uri":…}`, absent fields left out.
public struct Person: Sendable, Equatable, Hashable, Codable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// True when no field is set.
    public var isEmpty: Bool { name == nil && email == nil && uri == nil }
}

/// A media file attached to an item (RSS `enclosure`, `media:content`, Atom `rel="enclosure"`).
/// Coded (the store's `enclosures` JSON) as `{"url":…,"type":…,"length":…}`, absent
/// fields left out.
public struct Enclosure: Sendable, Equatable, Hashable, Codable {
    public var url: String
    public var type: String?
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

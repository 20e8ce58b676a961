import FeedModel
import Foundation

/// What `ArticleReader` found on an item's own page; nil (or empty) where a rule is
/// absent or matched nothing.
public struct ArticlePage: Sendable, Equatable {
    /// The full content: sanitized inner HTML with absolute URLs.
    public var content: String?
    /// The publication date, in UTC (a date without a zone is in the source's zone).
    public var published: Date?
    /// The authors, labels such as `Tác giả:` dropped.
    public var authors: [Person]
    /// The article's image, an absolute URL.
    public var image: String?

    public init(content: String? = nil, published: Date? = nil, authors: [Person] = [], image: String? = nil) {
        self.content = content
        self.published = published
        self.authors = authors
        self.image = image
    }
}

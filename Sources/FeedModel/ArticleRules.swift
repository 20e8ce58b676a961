/// XPath rules that read an item's own article page (the `article:` mapping of a source's
/// `html:` rules): the full content, the date and the author the listing page lacks.
///
/// ```yaml
/// article:
///   content: "//div[contains(@class,'journal-content-article')]//div[contains(@class,'article-body')]"
///   date: "//span[contains(@class,'publish-date')]"
///   date_format: "dd/MM/yyyy | hh:mm a"
///   author: "//span[contains(@class,'author')]"
///   image: "//meta[@property='og:image']/@content"
/// ```
/// Every rule is XPath 1.0 evaluated on the article page's document and reads the first
/// node selected (`author` reads them all), as `HTMLRules` does.
public struct ArticleRules: Sendable, Equatable, Hashable {
    /// The element whose inner HTML is the full content.
    public var content: String?
    /// The publication date text.
    public var date: String?
    /// The pattern of the date text (see `FeedParse.DatePattern`).
    public var dateFormat: String?
    /// The author's name; a label such as `Tác giả:` or `By` before it is dropped.
    public var author: String?
    /// The article's image URL.
    public var image: String?

    /// The rule values by their `feeds.yaml` key (inside `article:`), absent rules left out.
    public var byKey: [String: String] {
        ["content": content, "date": date, "date_format": dateFormat, "author": author, "image": image].compactMapValues { $0 }
    }

    /// Creates rules from their XPath expressions.
    public init(content: String? = nil, date: String? = nil, dateFormat: String? = nil, author: String? = nil, image: String? = nil) {
        self.content = content
        self.date = date
        self.dateFormat = dateFormat
        self.author = author
        self.image = image
    }
}

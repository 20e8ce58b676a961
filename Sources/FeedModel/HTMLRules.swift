/// XPath rules that turn an HTML listing page into feed items.
///
/// In `feeds.yaml` a source's `html:` takes one of three shapes:
/// ```yaml
/// html: liferay-news                    # a preset from `presets:`
/// html: {item: "//li", title: ".//a", link: ".//a/@href"}    # inline rules
/// html: {preset: liferay-news, date_format: "dd/MM/yyyy"}    # a preset, some rules replaced
/// ```
/// `item`, `title` and `link` are required once a preset and its overrides are merged.
///
/// `item` is evaluated on the page; every other rule is XPath 1.0 evaluated with the item
/// element as the context node. A rule that selects nodes reads the first one (`category`
/// reads them all): an attribute gives its value, an element its text (or, for `link` and
/// `image`, its `href`/`src`), a string or number expression its value.
///
/// Pagination and enrichment are optional: `next_page` finds the next listing page's link
/// (evaluated on the page), `max_pages` bounds how many pages a source's first fetch reads,
/// and `article:` (`ArticleRules`) reads each new item's own page once.
public struct HTMLRules: Sendable, Equatable, Hashable {
    /// Selects each item's element in the page.
    public var item: String
    /// The item title (plain text), relative to the item element.
    public var title: String
    /// The item link, relative to the item element.
    public var link: String
    /// The item date text, relative to the item element.
    public var date: String?
    /// The pattern of the date text (see `FeedParse.DatePattern`).
    public var dateFormat: String?
    /// The language of the month words in dates: `vi` (`tháng Hai`, `Th2`) or `en`.
    public var dateLocale: String?
    /// The element whose inner HTML is the item summary, relative to the item element.
    public var summary: String?
    /// The element whose inner HTML is the item content, relative to the item element.
    public var content: String?
    /// The item image URL, relative to the item element.
    public var image: String?
    /// The item author's name, relative to the item element.
    public var author: String?
    /// The item categories, one per node selected, relative to the item element.
    public var category: String?
    /// A stable item id, relative to the item element (else the store keys items by link).
    public var id: String?
    /// The link to the next listing page (`next_page`), evaluated on the page; nil on the last page.
    public var nextPage: String?
    /// Listing pages read on a source's first fetch (`max_pages`); nil reads one.
    public var maxPages: Int?
    /// Rules for each item's own page (`article:`); nil reads only the listing.
    public var article: ArticleRules?

    /// The XPath and text rule values by their `feeds.yaml` key, absent rules left out
    /// (`max_pages` and `article:` are not text rules and are not listed).
    public var byKey: [String: String] {
        [
            "item": item, "title": title, "link": link, "date": date, "date_format": dateFormat,
            "date_locale": dateLocale, "summary": summary, "content": content, "image": image,
            "author": author, "category": category, "id": id, "next_page": nextPage,
        ].compactMapValues { $0 }
    }

    /// Creates rules from their XPath expressions.
    public init(
        item: String, title: String, link: String, date: String? = nil,
        dateFormat: String? = nil, dateLocale: String? = nil, summary: String? = nil,
        content: String? = nil, image: String? = nil, author: String? = nil,
        category: String? = nil, id: String? = nil, nextPage: String? = nil,
        maxPages: Int? = nil, article: ArticleRules? = nil
    ) {
        self.item = item
        self.title = title
        self.link = link
        self.date = date
        self.dateFormat = dateFormat
        self.dateLocale = dateLocale
        self.summary = summary
        self.content = content
        self.image = image
        self.author = author
        self.category = category
        self.id = id
        self.nextPage = nextPage
        self.maxPages = maxPages
        self.article = article
    }
}

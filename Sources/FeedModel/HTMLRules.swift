/// XPath rules that turn an HTML listing page into feed items.
///
/// In `feeds.yaml` a source's `html:` takes one of three shapes:
/// ```yaml
/// html: liferay-news                    # a preset from `presets:`
/// html: {item: "//li", title: ".//a", link: ".//a/@href"}    # inline rules
/// html: {preset: liferay-news, date_format: "dd/MM/yyyy"}    # a preset, some rules replaced
/// ```
/// `item`, `title` and `link` are required once a preset and its overrides are merged.
public struct HTMLRules: Sendable, Equatable, Hashable {
    /// Selects each item's element in the page.
    public var item: String
    /// The item title, relative to the item element.
    public var title: String
    /// The item link, relative to the item element.
    public var link: String
    /// The item date text, relative to the item element.
    public var date: String?
    /// The pattern of the date text (see `FeedParse.DatePattern`).
    public var dateFormat: String?
    /// The item summary, relative to the item element.
    public var summary: String?
    /// The item image URL, relative to the item element.
    public var image: String?

    /// Creates rules from their XPath expressions.
    public init(
        item: String, title: String, link: String, date: String? = nil,
        dateFormat: String? = nil, summary: String? = nil, image: String? = nil
    ) {
        self.item = item
        self.title = title
        self.link = link
        self.date = date
        self.dateFormat = dateFormat
        self.summary = summary
        self.image = image
    }
}

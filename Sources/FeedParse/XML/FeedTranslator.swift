import FeedModel
import Foundation
import WebText

/// Maps the raw elements of an RSS/RDF/Atom document onto `Feed` and `Item`, one small
/// function per field, trying each field's sources in order (the format's own element,
/// then Dublin Core, then Atom-in-RSS…). See `FeedFormat` for the mapping table.
final class FeedTranslator {
    enum Container { case channel, entry, image, person }

    var format: FeedFormat = .unknown
    var channel = RawNode()
    var entry = RawNode()
    var image = RawImage()
    private(set) var items: [Item] = []
    private var person: (name: String?, email: String?, uri: String?) = (nil, nil, nil)

    private let options: ParseOptions
    private let dates: DateParser
    private let sanitizer = HTMLSanitizer()
    private let bases = BaseURLCache()

    init(options: ParseOptions) {
        self.options = options
        dates = DateParser(timeZone: options.timeZone)
    }

    /// Records a captured value in its container.
    func keep(_ tag: FeedTag, _ text: RawText, in container: Container) {
        switch container {
        case .channel: keep(tag, text, into: &channel)
        case .entry: keep(tag, text, into: &entry)
        case .image: keepImage(tag, text)
        case .person: keepPerson(tag, text)
        }
    }

    private func keep(_ tag: FeedTag, _ text: RawText, into node: inout RawNode) {
        switch tag {
        case .category, .dcSubject:
            if let category = plainText(text) { node.categories.append(category) }
        case .author, .dcCreator, .itunesAuthor, .managingEditor:
            // Not HTML: "Name <email>" is a common form.
            let author = collapseWhitespace(text.value)
            if !author.isEmpty { node.authors.append(.text(author.nfc)) }
        default:
            node.keepFirst(tag, text)
        }
    }

    private func keepImage(_ tag: FeedTag, _ text: RawText) {
        let value = text.value.trimmingSpaces()
        guard !value.isEmpty else { return }
        switch tag {
        case .url: image.url = image.url ?? value; image.base = text.base
        case .title: image.title = image.title ?? plainText(text)
        case .link: image.link = image.link ?? value
        default: break
        }
    }

    func startPerson() { person = (nil, nil, nil) }

    private func keepPerson(_ tag: FeedTag, _ text: RawText) {
        let value = plainText(text)
        switch tag {
        case .atomName: person.name = person.name ?? value
        case .atomEmail: person.email = person.email ?? value
        case .atomURI, .atomURL: person.uri = person.uri ?? value.flatMap { URLResolver.resolve($0, against: text.base) }
        default: break
        }
    }

    func finishPerson(in isEntry: Bool) {
        let author = RawAuthor.person(name: person.name, email: person.email, uri: person.uri)
        if isEntry { entry.authors.append(author) } else { channel.authors.append(author) }
    }

    /// Translates the item just closed and appends it.
    func finishEntry() {
        items.append(translateEntry(entry))
        entry.reset()
    }

    /// The finished feed.
    func feed(malformed: Bool) -> Feed {
        let node = channel
        let link = feedLink()
        var feed = Feed(format: format, malformed: malformed, items: items)
        let feedAuthors = authors(node.authors)
        if format == .atom10 || format == .atom03, !feedAuthors.isEmpty {
            // RFC 4287 §4.2.1: the feed's authors apply to entries that name none.
            for index in feed.items.indices where feed.items[index].authors.isEmpty {
                feed.items[index].authors = feedAuthors
            }
        }
        feed.title = node.first(.title, .atomTitle, .dcTitle).flatMap(plainText)
        feed.link = link
        feed.subtitle = node.first(.description, .atomSubtitle, .atomTagline, .dcDescription).flatMap(plainText)
        feed.language = node.first(.language, .dcLanguage).flatMap(plainText)
        feed.id = node[.atomID].flatMap(plainText)
        feed.updated = date(node, .lastBuildDate, .atomUpdated, .atomModified, .pubDate, .dcDate, .dcModified)
        feed.generator = node[.generator].flatMap(plainText) ?? node[.atomGenerator].flatMap(plainText)
        feed.rights = node.first(.copyright, .dcRights, .atomRights, .atomCopyright).flatMap(plainText)
        feed.authors = feedAuthors
        feed.image = feedImage(link: link)
        feed.nextPage = nextPage()
        return feed
    }

    // MARK: Fields

    private func translateEntry(_ node: RawNode) -> Item {
        var item = Item()
        item.id = (node[.guid] ?? node[.atomID]).flatMap(plainText)
        item.link = entryLink(node)
        item.title = node.first(.title, .atomTitle, .dcTitle).flatMap(plainText)
        item.summary = node.first(.description, .atomSummary, .dcDescription).flatMap(html)
        item.content = node.first(.contentEncoded, .atomContent, .xhtmlBody).flatMap(html)
        item.published = date(node, .pubDate, .dcDate, .atomPublished, .atomIssued, .atomCreated)
        item.updated = date(node, .atomUpdated, .atomModified, .dcModified)
        item.authors = authors(node.authors)
        item.categories = unique(node.categories)
        item.enclosures = enclosures(node.enclosures + node.links.filter { $0.rel == "enclosure" })
        item.comments = node[.comments].flatMap { url($0.value, base: $0.base) }
            ?? node.links.first { $0.rel == "replies" && ($0.type ?? "text/html") == "text/html" }.flatMap { url($0.href, base: $0.base) }
        return item
    }

    private func entryLink(_ node: RawNode) -> String? {
        if let link = node[.link], let resolved = url(link.value, base: link.base) { return resolved }
        if let link = alternateLink(node.links) { return link }
        if node.guidIsPermaLink, let guid = node[.guid]?.value.trimmingSpaces(),
           guid.hasPrefix("http://") || guid.hasPrefix("https://") {
            return url(guid, base: nil)
        }
        return nil
    }

    private func feedLink() -> String? {
        if let link = channel[.link], let resolved = url(link.value, base: link.base) { return resolved }
        return alternateLink(channel.links)
    }

    /// The next page of a paged feed (RFC 5005 §3): the channel's `link rel="next"`.
    private func nextPage() -> String? {
        channel.links.first { $0.rel?.lowercased() == "next" }.flatMap { url($0.href, base: $0.base) }
    }

    /// The `rel="alternate"` (or rel-less) link, preferring an HTML one.
    private func alternateLink(_ links: [RawLink]) -> String? {
        let alternates = links.filter { $0.rel == nil || $0.rel == "alternate" }
        let best = alternates.first { $0.type == nil || $0.type == "text/html" || $0.type == "application/xhtml+xml" } ?? alternates.first
        return best.flatMap { url($0.href, base: $0.base) }
    }

    private func feedImage(link: String?) -> FeedImage? {
        let logo = image.url.map { (value: $0, base: image.base) }
            ?? channel.first(.atomLogo, .atomIcon).map { (value: $0.value, base: $0.base) }
        guard let logo, let resolved = url(logo.value, base: logo.base) else { return nil }
        return FeedImage(url: resolved, title: image.title, link: image.link.flatMap { url($0, base: image.base) })
    }

    private func date(_ node: RawNode, _ tags: FeedTag...) -> Date? {
        for tag in tags {
            if let text = node[tag], let parsed = dates.parse(text.value) { return parsed }
        }
        return nil
    }

    private func authors(_ raw: [RawAuthor]) -> [Person] {
        var people: [Person] = []
        for author in raw {
            let person: Person
            switch author {
            case .text(let text): person = Person(rssAuthor: text)
            case .person(let name, let email, let uri): person = Person(name: name, email: email, uri: uri)
            }
            if !person.isEmpty, !people.contains(person) { people.append(person) }
        }
        return people
    }

    private func enclosures(_ raw: [RawLink]) -> [Enclosure] {
        var result: [Enclosure] = []
        for link in raw {
            guard let resolved = url(link.href, base: link.base) else { continue }
            if let index = result.firstIndex(where: { $0.url == resolved }) {
                result[index].type = result[index].type ?? link.type
                result[index].length = result[index].length ?? link.length
            } else {
                result.append(Enclosure(url: resolved, type: link.type, length: link.length.flatMap { $0 > 0 ? $0 : nil }))
            }
        }
        return result
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    // MARK: Text

    /// An absolute URL: against the value's xml:base or document URL, else the feed's link.
    private func url(_ reference: String, base: String?) -> String? {
        URLResolver.resolve(reference, againstBase: bases.parsed(base ?? options.baseURL ?? fallbackBase))
    }

    private var fallbackBase: String? {
        channel[.link].map { $0.value.trimmingSpaces() }
    }

    /// Plain text: markup stripped when the value is (or may be) HTML, whitespace collapsed.
    func plainText(_ text: RawText) -> String? {
        let result: String
        switch text.kind {
        case .html where looksLikeMarkup(text.value): result = PlainText.from(html: text.value)
        case .text, .html: result = collapseWhitespace(text.value).nfc
        case .xhtml: result = PlainText.from(html: text.value)
        case .base64: result = PlainText.from(html: Self.decodeBase64(text.value))
        }
        return result.isEmpty ? nil : result
    }

    /// Sanitized HTML with absolute URLs.
    private func html(_ text: RawText) -> String? {
        let base = text.base ?? options.baseURL ?? fallbackBase
        let result: String
        switch text.kind {
        case .text: result = escapeHTML(text.value.trimmingSpaces()).nfc
        case .html, .xhtml: result = sanitizer.sanitize(text.value, base: bases.parsed(base))
        case .base64: result = sanitizer.sanitize(Self.decodeBase64(text.value), base: bases.parsed(base))
        }
        return result.isEmpty ? nil : result
    }

    static func decodeBase64(_ value: String) -> String {
        let compact = value.filter { !$0.isWhitespace }
        return Data(base64Encoded: compact).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

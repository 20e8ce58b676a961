import CLibXML2
import FeedModel
import Foundation

/// One parsed listing page read with compiled rules: the feed's fields from the page,
/// then one item per `item` node, one small function per item field. Counts what the
/// rules matched in `tally`, for `HTMLDiagnostics`.
final class HTMLPageReader {
    private let rules: CompiledHTMLRules
    private let options: ParseOptions
    private let page: RuleEvaluator
    private let dates: DateReading
    private(set) var tally = ListingTally()

    init(document: HTMLDocument, rules: CompiledHTMLRules, options: ParseOptions) throws(HTMLBridgeError) {
        self.rules = rules
        self.options = options
        page = try RuleEvaluator(document: document, pageURL: options.baseURL)
        dates = DateReading(
            pattern: rules.datePattern, locale: rules.dateLocale, timeZone: options.timeZone, now: options.now ?? Date()
        )
    }

    /// The page as a feed: title from `<title>`, link the page URL, language from
    /// `<html lang>`, the next page from `next_page`.
    func feed() throws(HTMLBridgeError) -> Feed {
        Feed(
            format: .html, malformed: false,
            title: page.title,
            link: options.baseURL,
            language: page.document.root.flatMap { page.reader.attribute(.lang, of: $0) },
            items: try items(),
            nextPage: try nextPage()
        )
    }

    /// What an operator should know about the page read by `feed()`.
    func diagnostics() throws(HTMLBridgeError) -> HTMLDiagnostics {
        try HTMLDiagnostics(tally: tally, rules: rules.rules, look: PageLook(page))
    }

    /// The next listing page's absolute URL; nil when the rule selects nothing, an
    /// unsafe or unresolvable reference (`javascript:;` on a last page), or this page.
    private func nextPage() throws(HTMLBridgeError) -> String? {
        guard let rule = rules.nextPage, let next = try page.url(rule, at: nil, attribute: .href) else { return nil }
        return next == options.baseURL ? nil : next
    }

    private func items() throws(HTMLBridgeError) -> [Item] {
        let found = try page.evaluate(rules.item, at: nil)
        tally.itemNodes = found.nodes.count
        var items: [Item] = []
        items.reserveCapacity(found.nodes.count)
        for case let node? in found.nodes where items.count < options.maxItems {
            if let item = try item(at: node) { items.append(item) }
        }
        tally.items = items.count
        return items
    }

    /// The item at `node`; nil when it has neither a link nor a title.
    private func item(at node: xmlNodePtr) throws(HTMLBridgeError) -> Item? {
        let title = try page.text(rules.title, at: node)
        let link = try page.url(rules.link, at: node, attribute: .href)
        if title == nil { tally.missed("title") }
        if link == nil { tally.missed("link") }
        guard title != nil || link != nil else {
            tally.skipped += 1
            return nil
        }
        if title == nil { tally.withoutTitle += 1 }
        if let link { tally.saw(link: link) } else { tally.withoutLink += 1 }
        return Item(
            id: try optional(rules.id) { rule throws(HTMLBridgeError) in try page.text(rule, at: node) },
            title: title, link: link,
            summary: try optional(rules.summary) { rule throws(HTMLBridgeError) in try page.html(rule, at: node) },
            content: try optional(rules.content) { rule throws(HTMLBridgeError) in try page.html(rule, at: node) },
            published: try date(at: node),
            authors: try optional(rules.author) { rule throws(HTMLBridgeError) in try page.text(rule, at: node) }
                .map { [Person(name: AuthorName.cleaned($0))] } ?? [],
            categories: try categories(at: node),
            enclosures: try optional(rules.image) { rule throws(HTMLBridgeError) in try page.url(rule, at: node, attribute: .src) }
                .map { [Enclosure(url: $0, type: ImageType.mediaType(of: $0))] } ?? []
        )
    }

    /// The value of an optional rule, counted as missed when the rule is given but gives nothing.
    private func optional<T>(_ rule: CompiledXPath?, _ read: (CompiledXPath) throws(HTMLBridgeError) -> T?) throws(HTMLBridgeError) -> T? {
        guard let rule else { return nil }
        let value = try read(rule)
        if value == nil { tally.missed(rule.rule) }
        return value
    }

    private func date(at node: xmlNodePtr) throws(HTMLBridgeError) -> Date? {
        guard let rule = rules.date else { return nil }
        guard let written = try page.text(rule, at: node) else {
            tally.missed("date")
            tally.withoutDate += 1
            return nil
        }
        switch dates.read(written) {
        case .date(let date):
            return date
        case .unreadable:
            tally.unreadableDates += 1
            tally.unreadableExample = tally.unreadableExample ?? written
            tally.withoutDate += 1
        case .future:
            tally.futureDates += 1
        }
        return nil
    }

    /// Every node the rule selects is a category (a list of tags), duplicates removed.
    private func categories(at node: xmlNodePtr) throws(HTMLBridgeError) -> [String] {
        let categories = try optional(rules.category) { rule throws(HTMLBridgeError) in
            let texts = try page.texts(rule, at: node)
            return texts.isEmpty ? nil : texts
        }
        return categories ?? []
    }
}

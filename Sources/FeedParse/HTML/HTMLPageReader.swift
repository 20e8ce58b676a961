import CLibXML2
import FeedModel
import Foundation

/// One parsed page read with compiled rules: the feed's fields from the page, then one
/// item per `item` node, one small function per item field.
final class HTMLPageReader {
    private let document: HTMLDocument
    private let rules: CompiledHTMLRules
    private let options: ParseOptions
    private let context: XPathContext
    private let reader: HTMLNodeReader
    /// `<base href>` resolved against the page URL, else the page URL.
    private let base: BaseURL?
    private let dates: DateParser
    private let now: Date
    private let readsMonthNames: Bool

    /// Dates later than this after `now` are dropped as wrong.
    private static let futureTolerance: TimeInterval = 86_400

    init(document: HTMLDocument, rules: CompiledHTMLRules, options: ParseOptions) throws(HTMLBridgeError) {
        self.document = document
        self.rules = rules
        self.options = options
        context = try XPathContext(document: document)
        let reader = try HTMLNodeReader(document: document)
        self.reader = reader
        let pageURL = options.baseURL
        let declared = document.headElement(.base).flatMap { reader.attribute(.href, of: $0) }
        base = (declared.flatMap { URLResolver.resolve($0, against: pageURL) } ?? pageURL).flatMap(BaseURL.init)
        now = options.now ?? Date()
        dates = DateParser(timeZone: options.timeZone, now: now)
        readsMonthNames = rules.datePattern?.elements.contains(.monthName) ?? false
    }

    /// The page as a feed: title from `<title>`, link the page URL, language from `<html lang>`.
    func feed() throws(HTMLBridgeError) -> Feed {
        Feed(
            format: .html, malformed: false,
            title: document.headElement(.title).flatMap { reader.text(of: $0) },
            link: options.baseURL,
            language: document.root.flatMap { reader.attribute(.lang, of: $0) },
            items: try items()
        )
    }

    private func items() throws(HTMLBridgeError) -> [Item] {
        let found = try context.evaluate(rules.item, at: nil)
        var items: [Item] = []
        items.reserveCapacity(found.nodes.count)
        for case let node? in found.nodes where items.count < options.maxItems {
            if let item = try item(at: node) { items.append(item) }
        }
        return items
    }

    /// The item at `node`; nil when it has neither a link nor a title.
    private func item(at node: xmlNodePtr) throws(HTMLBridgeError) -> Item? {
        let title = try text(rules.title, at: node)
        let link = try url(rules.link, at: node, attribute: .href)
        guard title != nil || link != nil else { return nil }
        return Item(
            id: try rules.id.flatMap { rule throws(HTMLBridgeError) in try text(rule, at: node) },
            title: title, link: link,
            summary: try html(rules.summary, at: node),
            content: try html(rules.content, at: node),
            published: try date(at: node),
            authors: try author(at: node),
            categories: try categories(at: node),
            enclosures: try image(at: node)
        )
    }

    private func date(at node: xmlNodePtr) throws(HTMLBridgeError) -> Date? {
        guard let rule = rules.date, let written = try text(rule, at: node) else { return nil }
        let text = rules.dateLocale.prepared(written, monthNames: readsMonthNames)
        let date = rules.datePattern.map { dates.parse(text, pattern: $0) } ?? dates.parse(text)
        guard let date, date.timeIntervalSince(now) <= Self.futureTolerance else { return nil }
        return date
    }

    private func author(at node: xmlNodePtr) throws(HTMLBridgeError) -> [Person] {
        guard let rule = rules.author, let name = try text(rule, at: node) else { return [] }
        return [Person(name: name)]
    }

    /// Every node the rule selects is a category (a list of tags), duplicates removed.
    private func categories(at node: xmlNodePtr) throws(HTMLBridgeError) -> [String] {
        guard let rule = rules.category else { return [] }
        let result = try context.evaluate(rule, at: node)
        if let scalar = result.scalar { return Self.cleaned(scalar).map { [$0] } ?? [] }
        var categories: [String] = []
        for case let selected? in result.nodes {
            if let name = reader.text(of: selected), !categories.contains(name) { categories.append(name) }
        }
        return categories
    }

    private func image(at node: xmlNodePtr) throws(HTMLBridgeError) -> [Enclosure] {
        guard let rule = rules.image, let url = try url(rule, at: node, attribute: .src) else { return [] }
        return [Enclosure(url: url, type: ImageType.mediaType(of: url))]
    }

    // MARK: Values of rules

    /// The plain text a rule selects (see `value`).
    private func text(_ rule: CompiledXPath, at node: xmlNodePtr) throws(HTMLBridgeError) -> String? {
        try value(rule, at: node, attribute: nil)
    }

    /// An absolute URL from a rule: an element gives its `attribute` (`href`, `src`);
    /// nil for unsafe schemes (`javascript:`) and references that do not resolve.
    private func url(_ rule: CompiledXPath, at node: xmlNodePtr, attribute: HTMLName) throws(HTMLBridgeError) -> String? {
        guard let reference = try value(rule, at: node, attribute: attribute) else { return nil }
        return URLResolver.resolve(reference, against: base)
    }

    /// Sanitized HTML from a rule: an element's inner HTML, other values escaped as text.
    private func html(_ rule: CompiledXPath?, at node: xmlNodePtr) throws(HTMLBridgeError) -> String? {
        guard let rule else { return nil }
        let result = try context.evaluate(rule, at: node)
        let markup: String
        if let scalar = result.scalar {
            markup = escapeHTML(scalar)
        } else if let selected = result.firstNode {
            markup = selected.pointee.type == XML_ELEMENT_NODE
                ? try reader.innerHTML(of: selected) : escapeHTML(reader.text(of: selected) ?? "")
        } else {
            return nil
        }
        let clean = HTMLSanitizer().sanitize(markup, base: base)
        return clean.isEmpty ? nil : clean
    }

    /// What a rule gives at an item: a string or number result, or the first node selected —
    /// an attribute's value, an element's `attribute` when asked and present, else its text.
    private func value(_ rule: CompiledXPath, at node: xmlNodePtr, attribute: HTMLName?) throws(HTMLBridgeError) -> String? {
        let result = try context.evaluate(rule, at: node)
        if let scalar = result.scalar { return Self.cleaned(scalar) }
        guard let selected = result.firstNode else { return nil }
        if let attribute, let value = reader.attribute(attribute, of: selected) { return value }
        return reader.text(of: selected)
    }

    /// A string result with whitespace collapsed, NFC; nil when empty.
    private static func cleaned(_ text: String) -> String? {
        let collapsed = collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed.nfc
    }
}

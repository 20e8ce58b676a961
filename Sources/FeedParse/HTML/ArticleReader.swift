import FeedModel
import Foundation

/// Reads an item's own article page with a source's `article:` rules: the full content,
/// the date and the author that listing pages often lack (the enrichment of the bridge).
///
/// ```swift
/// var options = ParseOptions(baseURL: item.link, timeZone: source.timezone)
/// let page = try ArticleReader(rules: rules.article!, options: options).read(fetched.body)
/// item.content = page.content ?? item.content
/// ```
/// The page is decoded and parsed as `FeedParser` reads listing pages (any declared
/// charset, broken markup recovered, `<base href>` honoured); each rule is evaluated on
/// the whole document and reads its first node (`author` reads every node selected).
public struct ArticleReader: Sendable {
    public let rules: ArticleRules
    public let options: ParseOptions

    /// - Parameters:
    ///   - rules: the source's `article:` rules.
    ///   - options: `baseURL` the article's URL (for relative links), `timeZone` the
    ///     source's zone, `contentType` the response's header; `now` bounds future dates.
    public init(rules: ArticleRules, options: ParseOptions) {
        self.rules = rules
        self.options = options
    }

    /// Reads one article page.
    /// - Throws: `ParseError` when the bytes are no page (empty, too large, undecodable),
    ///   `HTMLBridgeError` for a rule that does not compile or evaluate.
    public func read(_ bytes: some ContiguousBytes) throws -> ArticlePage {
        let document = try bytes.withUnsafeBytes { try HTMLDocument.page($0, options: options) }
        let page = try RuleEvaluator(document: document, pageURL: options.baseURL)
        let compiled = try CompiledArticleRules(rules, compiler: page.context)
        return ArticlePage(
            content: try compiled.content.flatMap { rule throws(HTMLBridgeError) in try page.html(rule, at: nil) },
            published: try published(compiled, page),
            authors: try compiled.author.map { rule throws(HTMLBridgeError) in try authors(rule, page) } ?? [],
            image: try compiled.image.flatMap { rule throws(HTMLBridgeError) in try page.url(rule, at: nil, attribute: .src) }
        )
    }

    /// Every node the rule selects names an author; labels dropped, duplicates removed.
    private func authors(_ rule: CompiledXPath, _ page: RuleEvaluator) throws(HTMLBridgeError) -> [Person] {
        var names: [String] = []
        for name in try page.texts(rule, at: nil).compactMap(AuthorName.cleaned) where !names.contains(name) {
            names.append(name)
        }
        return names.map { Person(name: $0) }
    }

    private func published(_ compiled: CompiledArticleRules, _ page: RuleEvaluator) throws(HTMLBridgeError) -> Date? {
        guard let rule = compiled.date, let written = try page.text(rule, at: nil) else { return nil }
        let dates = DateReading(pattern: compiled.datePattern, locale: .vi, timeZone: options.timeZone, now: options.now ?? Date())
        if case .date(let date) = dates.read(written) { return date }
        return nil
    }
}

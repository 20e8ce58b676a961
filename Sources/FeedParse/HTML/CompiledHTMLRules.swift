import FeedModel

/// A set of `HTMLRules` with every XPath compiled and the date pattern read, once for all
/// the pages that use them (see `CompiledRulesPool`).
final class CompiledHTMLRules: @unchecked Sendable {  // @unchecked: libxml2 compiled XPaths, lent to one parse at a time by the pool
    let rules: HTMLRules
    let item: CompiledXPath
    let title: CompiledXPath
    let link: CompiledXPath
    let date: CompiledXPath?
    let summary: CompiledXPath?
    let content: CompiledXPath?
    let image: CompiledXPath?
    let author: CompiledXPath?
    let category: CompiledXPath?
    let id: CompiledXPath?
    let nextPage: CompiledXPath?
    /// `date_format` compiled; nil without one.
    let datePattern: DatePattern?
    let dateLocale: DateLocale

    /// - Throws: `HTMLBridgeError.badXPath` naming the first rule that does not compile,
    ///   `.badDateFormat` for a `date_format` without a month.
    init(_ rules: HTMLRules) throws(HTMLBridgeError) {
        let compiler = try XPathContext(document: nil)
        func compiled(_ rule: String, _ expression: String?) throws(HTMLBridgeError) -> CompiledXPath? {
            guard let expression else { return nil }
            return try CompiledXPath(rule: rule, expression: expression, compiler: compiler)
        }
        self.rules = rules
        item = try CompiledXPath(rule: "item", expression: rules.item, compiler: compiler)
        title = try CompiledXPath(rule: "title", expression: rules.title, compiler: compiler)
        link = try CompiledXPath(rule: "link", expression: rules.link, compiler: compiler)
        date = try compiled("date", rules.date)
        summary = try compiled("summary", rules.summary)
        content = try compiled("content", rules.content)
        image = try compiled("image", rules.image)
        author = try compiled("author", rules.author)
        category = try compiled("category", rules.category)
        id = try compiled("id", rules.id)
        nextPage = try compiled("next_page", rules.nextPage)
        datePattern = try DatePattern.rule(rules.dateFormat)
        dateLocale = rules.dateLocale.flatMap(DateLocale.init(rawValue:)) ?? .vi
    }
}

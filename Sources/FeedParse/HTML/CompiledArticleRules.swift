import FeedModel

/// `ArticleRules` with every XPath compiled and the date pattern read; rule names in
/// errors are written `article.content`, `article.date`… as an operator finds them.
final class CompiledArticleRules {
    let content: CompiledXPath?
    let date: CompiledXPath?
    let author: CompiledXPath?
    let image: CompiledXPath?
    let datePattern: DatePattern?

    /// - Parameter compiler: a context of the page the rules are evaluated on.
    /// - Throws: `HTMLBridgeError.badXPath`, `.badDateFormat`.
    init(_ rules: ArticleRules, compiler: XPathContext) throws(HTMLBridgeError) {
        func compiled(_ rule: String, _ expression: String?) throws(HTMLBridgeError) -> CompiledXPath? {
            guard let expression else { return nil }
            return try CompiledXPath(rule: "article." + rule, expression: expression, compiler: compiler)
        }
        content = try compiled("content", rules.content)
        date = try compiled("date", rules.date)
        author = try compiled("author", rules.author)
        image = try compiled("image", rules.image)
        datePattern = try DatePattern.rule(rules.dateFormat)
    }
}

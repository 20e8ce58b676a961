import CLibXML2

/// One rule's XPath expression compiled by libxml2, evaluated on every page that uses
/// the rules; owns the `xmlXPathCompExprPtr` and frees it in `deinit`.
///
/// libxml2 caches function lookups inside a compiled expression while evaluating it, so
/// one expression is evaluated by one thread at a time (see `CompiledRulesPool`).
final class CompiledXPath {
    /// The rule's `feeds.yaml` key, for error messages.
    let rule: String
    let expression: String
    let pointer: xmlXPathCompExprPtr

    /// - Throws: `HTMLBridgeError.badXPath` when libxml2 does not compile `expression`.
    init(rule: String, expression: String, compiler: XPathContext) throws(HTMLBridgeError) {
        guard let pointer = compiler.compile(expression) else { throw .badXPath(rule: rule, expression: expression) }
        self.rule = rule
        self.expression = expression
        self.pointer = pointer
    }

    deinit {
        xmlXPathFreeCompExpr(pointer)
    }
}

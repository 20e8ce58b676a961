import CLibXML2

/// Checks XPath expressions with the compiler the HTML bridge compiles its rules with
/// (libxml2, in an `XPathContext` of its own), so that `feeds.yaml` accepts exactly the
/// rules a parse can use. Not shared between threads: one checker per reader.
package final class XPathChecker {
    private let context: XPathContext

    /// - Throws: `HTMLBridgeError.libxml2` when libxml2 cannot create an XPath context.
    package init() throws(HTMLBridgeError) {
        context = try XPathContext(document: nil)
    }

    /// Whether libxml2 compiles `expression` (the compiled form is freed at once).
    package func compiles(_ expression: String) -> Bool {
        (try? CompiledXPath(rule: "", expression: expression, compiler: context)) != nil
    }
}

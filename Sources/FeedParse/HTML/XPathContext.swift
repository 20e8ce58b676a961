import CLibXML2

/// A libxml2 XPath evaluation context over one document (or none, to compile with);
/// owns the `xmlXPathContextPtr` and frees it in `deinit`. libxml2's error messages are
/// silenced: a failed evaluation is reported as `HTMLBridgeError`.
final class XPathContext {
    private let context: xmlXPathContextPtr
    /// Keeps the document alive while its nodes may be context nodes.
    private let document: HTMLDocument?

    init(document: HTMLDocument?) throws(HTMLBridgeError) {
        _ = LibXML2.initialized
        guard let context = xmlXPathNewContext(document?.pointer) else { throw .libxml2(call: "xmlXPathNewContext") }
        context.pointee.error = { _, _ in }
        self.context = context
        self.document = document
    }

    deinit {
        xmlXPathFreeContext(context)
    }

    /// Compiles `expression` in this context.
    /// - Returns: nil when libxml2 does not compile it.
    func compile(_ expression: String) -> xmlXPathCompExprPtr? {
        expression.withCString { text in
            text.withMemoryRebound(to: xmlChar.self, capacity: expression.utf8.count + 1) { xmlXPathCtxtCompile(context, $0) }
        }
    }

    /// Evaluates `expression` with `node` as the context node (the document when nil).
    func evaluate(_ expression: CompiledXPath, at node: xmlNodePtr?) throws(HTMLBridgeError) -> XPathResult {
        context.pointee.node = node ?? document.map { UnsafeMutableRawPointer($0.pointer).assumingMemoryBound(to: xmlNode.self) }
        guard let object = xmlXPathCompiledEval(expression.pointer, context) else {
            throw .evaluationFailed(rule: expression.rule, expression: expression.expression)
        }
        return XPathResult(object)
    }
}

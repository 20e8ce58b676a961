import CLibXML2
import Foundation

/// Checks that XPath expressions compile, with libxml2's own compiler, without
/// printing libxml2's messages: the one libxml2 XPath context it owns has a silent
/// error callback, and is freed in `deinit`.
final class XPathCompiler: @unchecked Sendable {
    /// The process-wide checker; calls are serialized by a lock.
    static let shared = XPathCompiler()

    private let context: xmlXPathContextPtr?
    private let lock = NSLock()

    private init() {
        xmlInitParser()
        context = xmlXPathNewContext(nil)
        context?.pointee.error = { _, _ in }
    }

    deinit {
        xmlXPathFreeContext(context)
    }

    /// Whether libxml2 compiles `expression`; the compiled form is freed at once.
    func compiles(_ expression: String) -> Bool {
        lock.withLock {
            expression.withCString { text in
                text.withMemoryRebound(to: xmlChar.self, capacity: expression.utf8.count + 1) { xmlText in
                    guard let context, let compiled = xmlXPathCtxtCompile(context, xmlText) else { return false }
                    xmlXPathFreeCompExpr(compiled)
                    return true
                }
            }
        }
    }
}

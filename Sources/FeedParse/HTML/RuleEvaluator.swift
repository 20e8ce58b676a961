import CLibXML2
import Foundation
import WebText

/// Evaluates compiled rules on one parsed page and reads their values: plain text,
/// absolute URLs, sanitized HTML. Shared by the listing reader and the article reader,
/// so a rule means the same on both pages.
final class RuleEvaluator {
    let document: HTMLDocument
    let context: XPathContext
    let reader: HTMLNodeReader
    /// `<base href>` resolved against the page URL, else the page URL.
    let base: BaseURL?

    init(document: HTMLDocument, pageURL: String?) throws(HTMLBridgeError) {
        self.document = document
        context = try XPathContext(document: document)
        let reader = try HTMLNodeReader(document: document)
        self.reader = reader
        let declared = document.headElement(.base).flatMap { reader.attribute(.href, of: $0) }
        base = (declared.flatMap { URLResolver.resolve($0, against: pageURL) } ?? pageURL).flatMap(BaseURL.init)
    }

    /// The nodes a rule selects at `node` (the document when nil).
    func evaluate(_ rule: CompiledXPath, at node: xmlNodePtr?) throws(HTMLBridgeError) -> XPathResult {
        try context.evaluate(rule, at: node)
    }

    /// The plain text a rule selects (see `value`).
    func text(_ rule: CompiledXPath, at node: xmlNodePtr?) throws(HTMLBridgeError) -> String? {
        try value(rule, at: node, attribute: nil)
    }

    /// The text of every node a rule selects, duplicates removed (a string result is one value).
    func texts(_ rule: CompiledXPath, at node: xmlNodePtr?) throws(HTMLBridgeError) -> [String] {
        let result = try context.evaluate(rule, at: node)
        if let scalar = result.scalar { return Self.cleaned(scalar).map { [$0] } ?? [] }
        var texts: [String] = []
        for case let selected? in result.nodes {
            if let text = reader.text(of: selected), !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    /// An absolute URL from a rule: an element gives its `attribute` (`href`, `src`);
    /// nil for unsafe schemes (`javascript:`) and references that do not resolve.
    func url(_ rule: CompiledXPath, at node: xmlNodePtr?, attribute: HTMLName) throws(HTMLBridgeError) -> String? {
        guard let reference = try value(rule, at: node, attribute: attribute) else { return nil }
        return URLResolver.resolve(reference, againstBase: base)
    }

    /// Sanitized HTML from a rule: an element's inner HTML, other values escaped as text.
    func html(_ rule: CompiledXPath, at node: xmlNodePtr?) throws(HTMLBridgeError) -> String? {
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

    /// What a rule gives: a string or number result, or the first node selected — an
    /// attribute's value, an element's `attribute` when asked and present, else its text.
    func value(_ rule: CompiledXPath, at node: xmlNodePtr?, attribute: HTMLName?) throws(HTMLBridgeError) -> String? {
        let result = try context.evaluate(rule, at: node)
        if let scalar = result.scalar { return Self.cleaned(scalar) }
        guard let selected = result.firstNode else { return nil }
        if let attribute, let value = reader.attribute(attribute, of: selected) { return value }
        return reader.text(of: selected)
    }

    /// The page's `<title>`.
    var title: String? {
        document.headElement(.title).flatMap { reader.text(of: $0) }
    }

    /// A string result with whitespace collapsed, NFC; nil when empty.
    static func cleaned(_ text: String) -> String? {
        let collapsed = collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed.nfc
    }
}

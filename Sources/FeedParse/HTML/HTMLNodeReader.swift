import CLibXML2
import Foundation
import WebText

/// Reads values out of a parsed page's nodes in place (no copy of the tree): the text of
/// an element or attribute, an attribute by name, the inner HTML of an element. Owns the
/// libxml2 `xmlBufferPtr` that inner HTML is written to, reused for every item of a page,
/// and frees it in `deinit`.
final class HTMLNodeReader {
    private let document: HTMLDocument
    private let buffer: xmlBufferPtr
    /// Text being collected, reused between calls.
    private var scratch: [UInt8] = []

    init(document: HTMLDocument) throws(HTMLBridgeError) {
        guard let buffer = xmlBufferCreate() else { throw .libxml2(call: "xmlBufferCreate") }
        self.document = document
        self.buffer = buffer
        scratch.reserveCapacity(1024)
    }

    deinit {
        xmlBufferFree(buffer)
    }

    /// The text of a node: an attribute's value, an element's text (without `script` and
    /// `style`, words kept apart at block elements), a text node's text; whitespace runs
    /// collapsed to one space, trimmed, NFC. Nil when empty.
    func text(of node: xmlNodePtr) -> String? {
        scratch.removeAll(keepingCapacity: true)
        var space = false
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
            append(node.pointee.content, space: &space)
        case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE, XML_HTML_DOCUMENT_NODE, XML_DOCUMENT_NODE:
            appendText(under: node, space: &space)
        default:
            return nil
        }
        return scratch.isEmpty ? nil : scratch.trimmedNFCString()
    }

    /// The value of the attribute `name` of an element, as `text(of:)` reads it.
    func attribute(_ name: HTMLName, of node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        var property = node.pointee.properties
        while let attribute = property {
            if HTMLName(attribute.pointee.name) == name {
                return text(of: UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self))
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// The HTML of an element's children, as libxml2 serializes them.
    func innerHTML(of node: xmlNodePtr) throws(HTMLBridgeError) -> String {
        xmlBufferEmpty(buffer)
        var child = node.pointee.children
        while let current = child {
            guard htmlNodeDump(buffer, document.pointer, current) >= 0 else { throw .libxml2(call: "htmlNodeDump") }
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))), as: UTF8.self)
    }

    /// Appends the text of the descendants of `top` (an element or an attribute), depth first.
    private func appendText(under top: xmlNodePtr, space: inout Bool) {
        var current = top.pointee.type == XML_ATTRIBUTE_NODE
            ? UnsafeMutableRawPointer(top).assumingMemoryBound(to: xmlAttr.self).pointee.children
            : top.pointee.children
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                append(node.pointee.content, space: &space)
            case XML_ELEMENT_NODE:
                let name = HTMLName(node.pointee.name)
                if Self.breaksWords(node) { space = true }
                descend = name != .script && name != .style && name != .noscript && node.pointee.children != nil
            default:
                break
            }
            current = descend ? node.pointee.children : Self.next(after: node, within: top, space: &space)
        }
    }

    /// The node after `node` in document order, without entering it, staying under `top`;
    /// leaving a block element separates words.
    private static func next(after node: xmlNodePtr, within top: xmlNodePtr, space: inout Bool) -> xmlNodePtr? {
        var node = node
        while true {
            if let next = node.pointee.next { return next }
            guard let parent = node.pointee.parent, parent != top else { return nil }
            if breaksWords(parent) { space = true }
            node = parent
        }
    }

    /// Whether the edges of the element `node` separate words in its text, as in plain text
    /// (`<td>Ngày đăng</td><td>14/02</td>`): WebText's block elements, `<br>` and `<img>`.
    private static func breaksWords(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        return HTMLTagTable.tag(named: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))).flags.contains(.block)
    }

    private func append(_ content: UnsafeMutablePointer<xmlChar>?, space: inout Bool) {
        guard let content else { return }
        scratch.appendCollapsingWhitespace(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))), space: &space)
    }
}

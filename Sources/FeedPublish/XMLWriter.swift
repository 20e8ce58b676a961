import WebText

/// A small writer of XML (and HTML) into a UTF-8 byte buffer.
///
/// Text and attribute values are escaped, and characters XML 1.0 forbids are dropped
/// (see WebText's `MarkupEscaper`), so every document written is well-formed whatever the data.
/// Elements that hold other elements go on lines of their own, indented; elements
/// that hold text stay on one line.
///
/// ```swift
/// let xml = XMLWriter()
/// xml.declaration()
/// xml.element("feed", ["xmlns": "http://www.w3.org/2005/Atom"]) {
///     xml.element("title", text: "Hà Nội & các phường")
/// }
/// ```
final class XMLWriter {
    /// The document written so far.
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    /// A writer for a document, or (with `depth`) for a fragment to be inserted at that depth.
    init(capacity: Int = 1 << 16, depth: Int = 0) {
        bytes.reserveCapacity(capacity)
        self.depth = depth
    }

    /// Writes `<?xml version="1.0" encoding="utf-8"?>`.
    func declaration() {
        raw(#"<?xml version="1.0" encoding="utf-8"?>"#)
    }

    /// Writes `markup` as it is (a doctype, a declaration): it must be well-formed.
    func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Writes a fragment written by another writer at this writer's depth.
    func append(fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    /// Writes an element whose content `body` writes, on lines of its own.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: () -> Void) {
        newline()
        startTag(name, attributes)
        depth += 1
        body()
        depth -= 1
        newline()
        endTag(name)
    }

    /// Writes `<name …>text</name>` on a line of its own, or nothing when `text` is nil.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String?) {
        guard let text else { return }
        newline()
        startTag(name, attributes)
        self.text(text)
        endTag(name)
    }

    /// Writes `<name …/>` on a line of its own.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        newline()
        startTag(name, attributes, empty: true)
    }

    /// Writes `<name …>` where the writer stands (for mixed content); attributes whose
    /// value is nil are left out.
    func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], empty: Bool = false) {
        bytes.append(UInt8(ascii: "<"))
        raw(name)
        for (attribute, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            raw(attribute)
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            MarkupEscaper.xmlAttribute.append(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        if empty { bytes.append(UInt8(ascii: "/")) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `</name>` where the writer stands.
    func endTag(_ name: String) {
        bytes.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        raw(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes escaped text where the writer stands.
    func text(_ text: String) {
        MarkupEscaper.xmlText.append(text, to: &bytes)
    }

    /// Starts a new line indented to the current depth.
    func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Ends the document with a line break.
    func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}

import CLibXML2

/// An HTML page parsed by libxml2's HTML parser (recovering from broken markup, never
/// touching the network); owns the `htmlDocPtr` and frees it in `deinit`.
///
/// Node pointers read from the document stay valid while the document lives.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parse options: recover, silent, no network, and the input taken as the UTF-8 it
    /// was decoded to whatever its `<meta charset>` says.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue
    )

    /// Parses UTF-8 text.
    /// - Parameters:
    ///   - utf8: the page decoded to UTF-8.
    ///   - url: the page's URL, recorded in the document.
    init(utf8: UnsafeBufferPointer<UInt8>, url: String?) throws(HTMLBridgeError) {
        _ = LibXML2.initialized
        guard let base = utf8.baseAddress, !utf8.isEmpty, utf8.count <= Int(Int32.max) else { throw .unreadablePage }
        let document = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { text in
            htmlReadMemory(text, Int32(utf8.count), url, "UTF-8", Self.options)
        }
        guard let document else { throw .unreadablePage }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`html`).
    var root: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }

    /// The first element named `name` among the children of `head`.
    func headElement(_ name: HTMLName) -> xmlNodePtr? {
        guard let head = root.flatMap({ HTMLName.firstChild(of: $0, named: .head) }) else { return nil }
        return HTMLName.firstChild(of: head, named: name)
    }
}

extension HTMLDocument {
    /// Parses a page's bytes: decoded to UTF-8 from its charset (byte order mark,
    /// `options.contentType`, `<meta charset>`), recorded with `options.baseURL`.
    /// - Throws: `ParseError.tooLarge` past `options.maxBytes`, `.empty` for a blank page,
    ///   `.undecodable`, or `HTMLBridgeError.unreadablePage`.
    static func page(_ bytes: UnsafeRawBufferPointer, options: ParseOptions) throws -> HTMLDocument {
        guard bytes.count <= options.maxBytes else { throw ParseError.tooLarge(limit: options.maxBytes) }
        var decoder = CharsetDecoder(contentType: options.contentType)
        var text = try decoder.decode(bytes)
        text += try decoder.finish()
        guard text.contains(where: { $0 > 0x20 }) else { throw ParseError.empty }
        return try text.withUnsafeBufferPointer { buffer throws(HTMLBridgeError) in
            try HTMLDocument(utf8: buffer, url: options.baseURL)
        }
    }
}

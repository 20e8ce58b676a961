import CLibXML2

/// Owns one libxml2 SAX2 push-parser context and forwards its events to a
/// `FeedXMLHandler`. The document is pushed in UTF-8 chunks; nothing is kept but
/// what the handler keeps.
///
/// Safety: no DTD is loaded, no entity declared in the document is ever expanded
/// (entity declarations are not even recorded, so "billion laughs" has nothing to
/// expand), nothing goes to the network, and libxml2's own limits stay on (no
/// `XML_PARSE_HUGE`). Undefined entities resolve to HTML's named characters only.
final class XMLPushParser {
    private let context: xmlParserCtxtPtr
    private let handler: FeedXMLHandler

    static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    )

    /// - Throws: `ParseError.malformedXML` when libxml2 cannot create a context.
    init(handler: FeedXMLHandler) throws {
        _ = LibXML2.initialized
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            FeedXMLHandler.from(context).startElement(
                localName: localName, prefix: prefix, uri: uri,
                attributes: XMLAttributes(base: attributes, count: Int(attributeCount))
            )
        }
        sax.endElementNs = { context, localName, prefix, uri in
            guard let context, let localName else { return }
            FeedXMLHandler.from(context).endElement(localName: localName, prefix: prefix, uri: uri)
        }
        sax.characters = { context, bytes, length in
            guard let context, let bytes else { return }
            FeedXMLHandler.from(context).characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        sax.cdataBlock = sax.characters
        sax.ignorableWhitespace = sax.characters
        sax.getEntity = { context, name in
            guard let context, let name else { return nil }
            let entity = HTMLEntities.entity(named: name)
            if entity != nil { FeedXMLHandler.from(context).usedUndeclaredEntity = true }
            return entity
        }
        sax.serror = { context, error in
            guard let context, let error else { return }
            FeedXMLHandler.from(context).libxmlError(error.pointee)
        }
        guard let context = xmlCreatePushParserCtxt(
            &sax, Unmanaged.passUnretained(handler).toOpaque(), nil, 0, nil
        ) else {
            throw ParseError.malformedXML(message: "cannot create an XML parser", line: 0, column: 0)
        }
        xmlCtxtUseOptions(context, Self.options)
        self.context = context
        self.handler = handler
        handler.attach(context)
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    /// Parses the next chunk of UTF-8; `isLast` ends the document.
    func push(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) {
        bytes.withMemoryRebound(to: CChar.self) { chars in
            _ = xmlParseChunk(context, chars.baseAddress, Int32(chars.count), isLast ? 1 : 0)
        }
    }

    /// True once the parser has stopped (a fatal error, or the handler asked it to).
    var hasStopped: Bool { context.pointee.disableSAX != 0 || context.pointee.instate == XML_PARSER_EOF }
}

/// The attributes of a SAX2 start tag: five pointers each (local name, prefix, URI,
/// value start, value end), valid only during the callback.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name (and, when given, this prefix).
    func value(_ localName: StaticString, prefix: StaticString? = nil) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + index * 5
            guard let name = entry[0], bytesEqual(name, localName) else { continue }
            if let prefix {
                guard let actual = entry[1], bytesEqual(actual, prefix) else { continue }
            } else if entry[1] != nil {
                continue
            }
            guard let start = entry[3], let end = entry[4] else { return "" }
            return Self.decoded(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }

    /// An attribute value as text. Without `XML_PARSE_NOENT`, libxml2 hands over an
    /// escaped `&` (`&amp;`, `&#38;`) as the character reference `&#38;`, which a value must
    /// not keep (`?a=1&amp;b=2` is `?a=1&b=2`); other references arrive already decoded.
    static func decoded(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let reference = Array("&#38;".utf8)
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), index + reference.count <= value.count,
               value[index..<index + reference.count].elementsEqual(reference) {
                output.append(UInt8(ascii: "&"))
                index += reference.count
            } else {
                output.append(value[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Calls `body` with each attribute's qualified name bytes and value bytes.
    func forEach(_ body: (_ prefix: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let entry = base + index * 5
            guard let name = entry[0] else { continue }
            let value = entry[3].map { UnsafeBufferPointer(start: $0, count: (entry[4] ?? $0) - $0) }
                ?? UnsafeBufferPointer(start: nil, count: 0)
            body(entry[1], name, value)
        }
    }
}

/// True when the NUL-terminated `bytes` equal `string`.
@inline(__always)
func bytesEqual(_ bytes: UnsafePointer<xmlChar>, _ string: StaticString) -> Bool {
    let expected = string.utf8Start
    let count = string.utf8CodeUnitCount
    for index in 0..<count where bytes[index] != expected[index] { return false }
    return bytes[count] == 0
}

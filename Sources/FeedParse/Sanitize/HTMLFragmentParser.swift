import CLibXML2
import Foundation

/// Receives a fragment's events from `HTMLFragmentParser`, balanced: every `start` is
/// followed by its `end`, also for elements closed implicitly or at the end of input.
protocol HTMLEventSink: AnyObject {
    /// An element opens; `name` is lowercase.
    func start(_ name: String, attributes: HTMLAttributes)
    /// The innermost open element closes.
    func end()
    /// Text, with entities and character references decoded, in UTF-8.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// Streams an HTML fragment through libxml2's HTML push parser (SAX, no tree) into a sink.
///
/// The fragment is parsed inside a wrapper element, `<feedbridge-fragment>`, so that
/// libxml2 never wraps loose text in an implied `<p>` (it does so at the top level)
/// and stray `</body>` or `</html>` tags cannot end the parse early (only a literal
/// `</feedbridge-fragment>` can, losing the rest of that fragment, nothing more). Comments and
/// processing instructions have no callback, so they vanish; CDATA sections (which the
/// HTML parser would show as text) are cut out before parsing; the raw text of
/// `<script>` and `<style>` goes to an empty `cdataBlock` callback, never to the sink.
final class HTMLFragmentParser {
    private let context: htmlParserCtxtPtr
    private let sink: any HTMLEventSink
    /// Open elements, the wrapper included.
    private var depth = 0

    /// Recovering parser, silent, UTF-8 whatever a `<meta charset>` says, no implied
    /// `<html>`/`<body>`. (`HTML_PARSE_NONET` is refused by libxml2 2.9's HTML parser,
    /// which loads nothing anyway: `LibXML2.initialized` also refuses every external entity.)
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )
    private static let wrapper: StaticString = "<feedbridge-fragment>"

    init(sink: any HTMLEventSink) throws(HTMLFragmentError) {
        _ = LibXML2.initialized
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in
            guard let user, let name else { return }
            Unmanaged<HTMLFragmentParser>.fromOpaque(user).takeUnretainedValue().started(name, attributes)
        }
        handler.endElement = { user, _ in
            guard let user else { return }
            Unmanaged<HTMLFragmentParser>.fromOpaque(user).takeUnretainedValue().ended()
        }
        handler.characters = { user, bytes, count in
            guard let user, let bytes, count > 0 else { return }
            Unmanaged<HTMLFragmentParser>.fromOpaque(user).takeUnretainedValue().characters(bytes, Int(count))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { _, _, _ in }
        guard let context = htmlCreatePushParserCtxt(&handler, nil, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            throw .noContext
        }
        self.context = context
        self.sink = sink
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        let refused = htmlCtxtUseOptions(context, Self.options)
        guard refused == 0 else { throw .options(refused) }
    }

    deinit {
        htmlFreeParserCtxt(context)
    }

    /// Parses the whole fragment `html` (UTF-8); the sink has every event when this returns.
    func parse(_ html: UnsafeBufferPointer<UInt8>) throws(HTMLFragmentError) {
        try push(UnsafeBufferPointer(start: Self.wrapper.utf8Start, count: Self.wrapper.utf8CodeUnitCount))
        var start = 0
        while let open = html.firstIndex(of: "<![CDATA[", from: start) {
            try push(UnsafeBufferPointer(rebasing: html[start..<open]))
            start = html.firstIndex(of: "]]>", from: open + 9).map { $0 + 3 } ?? html.count
        }
        try push(UnsafeBufferPointer(rebasing: html[start...]))
        try push(UnsafeBufferPointer(start: nil, count: 0), terminate: true)
    }

    /// Feeds `bytes` to libxml2, in pieces its `int` size can hold. Errors about the
    /// markup are recovered from; only an out-of-memory or internal error fails.
    private func push(_ bytes: UnsafeBufferPointer<UInt8>, terminate: Bool = false) throws(HTMLFragmentError) {
        var offset = 0
        repeat {
            let count = min(bytes.count - offset, 1 << 30)
            let last = terminate && offset + count == bytes.count
            let chunk = bytes.baseAddress.map { UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
            let code = htmlParseChunk(context, chunk, Int32(count), last ? 1 : 0)
            if code == XML_ERR_NO_MEMORY.rawValue || code == XML_ERR_INTERNAL_ERROR.rawValue { throw .parse(code) }
            offset += count
        } while offset < bytes.count
    }

    private func started(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        depth += 1
        if depth > 1 { sink.start(String(cString: name), attributes: HTMLAttributes(list: attributes)) }
    }

    private func ended() {
        guard depth > 0 else { return }
        depth -= 1
        if depth > 0 { sink.end() }
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        if depth > 0 { sink.text(UnsafeBufferPointer(start: bytes, count: count)) }
    }
}

/// The attributes of a start tag, borrowed from libxml2 for the duration of `HTMLEventSink.start`.
struct HTMLAttributes {
    fileprivate let list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// Calls `body` with each attribute's lowercase name and decoded value (empty for a
    /// value-less attribute such as `controls`), in document order.
    func forEach(_ body: (_ name: String, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        guard var pair = list else { return }
        while let name = pair[0] {
            let value = pair[1].map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
            body(String(cString: name), value ?? UnsafeBufferPointer(start: nil, count: 0))
            pair += 2
        }
    }
}

/// Why libxml2 could not parse a fragment (memory exhausted, in practice).
enum HTMLFragmentError: Error, CustomStringConvertible {
    case noContext
    case options(Int32)
    case parse(Int32)

    var description: String {
        switch self {
        case .noContext: "parse: cannot create an HTML parser context"
        case .options(let refused): "parse: libxml2 refused HTML parser options \(refused)"
        case .parse(let code): "parse: libxml2 HTML parser failed with error \(code)"
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first occurrence of `pattern` (which starts with `<`) at or after `start`.
    func firstIndex(of pattern: StaticString, from start: Int) -> Int? {
        guard let base = baseAddress else { return nil }
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        var index = start
        while index + needle.count <= count, let found = memchr(base + index, Int32(needle[0]), count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if index + needle.count <= count, memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}

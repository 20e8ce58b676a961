import FeedModel
import Foundation

/// One document being parsed: decodes each pushed chunk to UTF-8, recognises the kind
/// of document from its first bytes, and hands the text to the XML or JSON parser.
final class FeedParseSession {
    private enum Mode {
        case sniffing
        case xml(XMLPushParser, FeedXMLHandler, AmpersandRepair)
        case json
    }

    private let options: ParseOptions
    private var decoder: CharsetDecoder
    private var mode = Mode.sniffing
    /// Decoded text held back until the kind of document is known, or the whole JSON text.
    private var pending: [UInt8] = []
    private var rawBytes = 0

    /// Bytes of decoded text looked at before deciding what the document is.
    private static let sniffLength = 1024

    init(options: ParseOptions) {
        self.options = options
        decoder = CharsetDecoder(contentType: options.contentType)
    }

    /// True once more input would change nothing (the XML parser has stopped).
    var isDone: Bool {
        if case .xml(let parser, _, _) = mode { return parser.hasStopped }
        return false
    }

    func push(_ chunk: UnsafeRawBufferPointer) throws {
        rawBytes += chunk.count
        guard rawBytes <= options.maxBytes else { throw ParseError.tooLarge(limit: options.maxBytes) }
        try consume(decoder.decode(chunk), isLast: false)
    }

    func finish() throws -> Feed {
        try consume(decoder.finish(), isLast: true)
        switch mode {
        case .sniffing:
            throw ParseError.empty
        case .json:
            return try JSONFeedParser(options: options).parse(pending)
        case .xml(_, let handler, let repair):
            if let rejection = handler.rejection { throw rejection }
            handler.finishDocument()
            guard handler.sawRoot else {
                let error = handler.firstError ?? ("no root element", 1, 1)
                throw ParseError.malformedXML(message: error.message, line: error.line, column: error.column)
            }
            return handler.translator.feed(malformed: handler.wasRecovered || repair.repairs > 0 || decoder.wasMisdeclared)
        }
    }

    private func consume(_ text: [UInt8], isLast: Bool) throws {
        switch mode {
        case .xml(let parser, let handler, var repair):
            let repaired = repair.process(text, isLast: isLast)
            mode = .xml(parser, handler, repair)
            repaired.withUnsafeBufferPointer { parser.push($0, isLast: isLast) }
            if let rejection = handler.rejection { throw rejection }
        case .json:
            pending.append(contentsOf: text)
        case .sniffing:
            pending.append(contentsOf: text)
            guard pending.count >= Self.sniffLength || isLast else { return }
            try startParsing()
            let held = pending
            if case .xml = mode {
                pending = []
                try consume(held, isLast: isLast)
            }
        }
    }

    /// Decides from the first bytes whether the document is XML or JSON, or no feed at all.
    private func startParsing() throws {
        guard let first = pending.first(where: { !Self.isSpace($0) }) else {
            if pending.isEmpty || pending.allSatisfy(Self.isSpace) { return }
            throw ParseError.empty
        }
        switch first {
        case UInt8(ascii: "<"):
            if Self.looksLikeHTML(pending) { throw ParseError.notAFeed(looksLike: "HTML") }
            let handler = FeedXMLHandler(options: options)
            mode = .xml(try XMLPushParser(handler: handler), handler, AmpersandRepair())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            mode = .json
        default:
            throw ParseError.notAFeed(looksLike: Self.looksLikeScript(pending) ? "JavaScript" : "plain text")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// An HTML page: a doctype or root `html`, possibly after comments.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        var rest = Substring(head)
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") || rest.hasPrefix("<head") || rest.hasPrefix("<body")
    }

    private static func looksLikeScript(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        return ["var ", "function", "(function", "window.", "document.", "let ", "const "].contains { head.contains($0) }
    }
}

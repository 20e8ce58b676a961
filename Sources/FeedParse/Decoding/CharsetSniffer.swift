import Foundation

/// What the decoder settles on from the first chunk.
struct CharsetDecision: Equatable {
    var charset: Charset
    /// Bytes of byte order mark to skip.
    var bomLength = 0
    /// True when the declared charset was overruled by the bytes, or unknown.
    var misdeclared = false
    /// A legacy single-byte charset the document declared, for bytes that turn out not to be UTF-8.
    var declaredFallback: SingleByteTable?
}

/// Decides a document's charset from its first bytes and its HTTP Content-Type.
///
/// Precedence: byte order mark > `charset` of the Content-Type > what the document
/// declares (the XML declaration's `encoding`, else, for HTML, a `<meta>` charset in the
/// first 4 KiB; JSON declares nothing) > UTF-16/32 seen in the first bytes > UTF-8.
/// A declaration the bytes contradict is overruled: ASCII-compatible declared but the
/// bytes are UTF-16/32, UTF-16/32 declared but the bytes are ASCII, a legacy charset
/// declared but the first chunk is UTF-8 with multi-byte sequences.
enum CharsetSniffer {
    static func decide(contentType: String?, bytes: UnsafeRawBufferPointer) -> CharsetDecision {
        if let bom = byteOrderMark(bytes) { return bom }
        let head = Array(bytes.prefix(4096))
        let wide = wideCharset(head)
        let inDocument = head.isEmpty || wide != nil ? nil : DeclarationScanner.declaredLabel(in: head)
        let inDocumentCharset = inDocument.flatMap(Charset.init(label:))
        var decision: CharsetDecision
        if let label = contentType.flatMap(charsetParameter) {
            decision = resolve(label, wide: wide, seen: head.count)
        } else if let wide {
            decision = CharsetDecision(charset: wide)
        } else if let label = inDocument {
            decision = resolve(label, wide: nil, seen: head.count)
        } else {
            decision = CharsetDecision(charset: .utf8)
        }
        if case .singleByte(let table) = inDocumentCharset { decision.declaredFallback = table }
        if case .singleByte(let table) = decision.charset, UTF8Sequence.isMultiByteUTF8(bytes) {
            decision = CharsetDecision(charset: .utf8, misdeclared: true, declaredFallback: table)
        }
        return decision
    }

    /// The charset a declared label names, overruled when the bytes (`seen` of them) contradict it.
    private static func resolve(_ label: String, wide: Charset?, seen: Int) -> CharsetDecision {
        guard let declared = Charset(label: label) else { return CharsetDecision(charset: .utf8, misdeclared: true) }
        switch (declared, wide) {
        case (.utf16, .some(.utf16)), (.utf32, .some(.utf32)):
            return CharsetDecision(charset: wide ?? declared)
        case (_, let wide?):
            return CharsetDecision(charset: wide, misdeclared: true)
        case (.utf16, nil) where seen >= 4, (.utf32, nil) where seen >= 4:
            return CharsetDecision(charset: .utf8, misdeclared: true)
        default:
            return CharsetDecision(charset: declared)
        }
    }

    /// The `charset` parameter of a Content-Type header value.
    static func charsetParameter(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { return value }
        }
        return nil
    }

    private static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> CharsetDecision? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return CharsetDecision(charset: .utf8, bomLength: 3) }
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return CharsetDecision(charset: .utf32(bigEndian: false), bomLength: 4) }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return CharsetDecision(charset: .utf32(bigEndian: true), bomLength: 4) }
        if head.starts(with: [0xFF, 0xFE]) { return CharsetDecision(charset: .utf16(bigEndian: false), bomLength: 2) }
        if head.starts(with: [0xFE, 0xFF]) { return CharsetDecision(charset: .utf16(bigEndian: true), bomLength: 2) }
        return nil
    }

    /// UTF-16 or UTF-32 without a byte order mark, seen in the zero bytes around the
    /// first character, ASCII (`<`, `{`, whitespace), of a markup or JSON document.
    private static func wideCharset(_ head: [UInt8]) -> Charset? {
        guard head.count >= 4 else { return nil }
        let isASCII = { (byte: UInt8) in byte != 0 && byte < 0x80 }
        switch (head[0], head[1], head[2], head[3]) {
        case (0, 0, 0, let d) where isASCII(d): return .utf32(bigEndian: true)
        case (let a, 0, 0, 0) where isASCII(a): return .utf32(bigEndian: false)
        case (0, let b, 0, let d) where isASCII(b) && d != 0: return .utf16(bigEndian: true)
        case (let a, 0, let c, 0) where isASCII(a) && c != 0: return .utf16(bigEndian: false)
        default: return nil
        }
    }
}

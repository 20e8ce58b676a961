/// Decodes a document's bytes from its character set to UTF-8, chunk by chunk.
///
/// The charset is settled on the first chunk: a byte order mark, then the `charset` of
/// the HTTP Content-Type, then the document's own declaration (XML `encoding`, HTML
/// `<meta>`), then UTF-16/32 seen in the first bytes, then UTF-8. Documents whose bytes
/// contradict their declaration (UTF-8 declared, legacy Vietnamese or Western bytes
/// inside; a legacy charset declared, UTF-8 inside) are read as what they are and
/// flagged `wasMisdeclared`. The output never contains the control characters XML
/// forbids, and a byte order mark is removed.
///
/// ```swift
/// var decoder = CharsetDecoder(contentType: "text/xml; charset=windows-1258")
/// var utf8 = try decoder.decode(firstChunk)
/// utf8 += try decoder.decode(nextChunk)
/// utf8 += try decoder.finish()
/// ```
///
/// Use one decoder per document; copies of a decoder share the state of an `iconv` converter.
public struct CharsetDecoder {
    private let contentType: String?
    private var engine: (any ChunkDecoder)?
    private var declaredMisdeclared = false

    /// The charset used, lowercased canonical name (e.g. "utf-8", "windows-1258"), once
    /// decided by the first `decode`; empty before. ISO-8859-1 and US-ASCII are read, and
    /// reported, as "windows-1252".
    public private(set) var charset = ""

    /// True when the bytes did not match the declared charset (or the declared charset
    /// is unknown) and a fallback was used.
    public private(set) var wasMisdeclared = false

    /// - Parameter contentType: the HTTP Content-Type header (may carry `charset=`), or nil.
    public init(contentType: String?) {
        self.contentType = contentType
    }

    /// Decodes the next chunk. The first call decides the charset from what it sees (the
    /// caller passes at least 4 KiB, or the whole document if smaller).
    ///
    /// - Returns: UTF-8 bytes; a trailing incomplete sequence is held back for the next call.
    /// - Throws: `ParseError.undecodable` when `iconv` fails on something other than bad bytes.
    public mutating func decode(_ chunk: UnsafeRawBufferPointer) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(chunk.count + 8)
        var body = chunk
        if engine == nil {
            let decision = CharsetSniffer.decide(contentType: contentType, bytes: chunk)
            start(decision)
            body = UnsafeRawBufferPointer(rebasing: chunk[decision.bomLength...])
        }
        try engine?.decode(body, into: &output)
        wasMisdeclared = declaredMisdeclared || engine?.fellBack == true
        return output
    }

    /// Flushes what is held back (an incomplete trailing sequence becomes U+FFFD).
    public mutating func finish() throws -> [UInt8] {
        if engine == nil { start(CharsetSniffer.decide(contentType: contentType, bytes: UnsafeRawBufferPointer(start: nil, count: 0))) }
        var output: [UInt8] = []
        try engine?.finish(into: &output)
        wasMisdeclared = declaredMisdeclared || engine?.fellBack == true
        return output
    }

    private mutating func start(_ decision: CharsetDecision) {
        var charset = decision.charset
        declaredMisdeclared = decision.misdeclared
        switch charset {
        case .utf8: engine = UTF8Decoder(declaredFallback: decision.declaredFallback)
        case .utf16(let bigEndian): engine = UTF16Decoder(bigEndian: bigEndian)
        case .utf32(let bigEndian): engine = UTF32Decoder(bigEndian: bigEndian)
        case .singleByte(let table): engine = SingleByteDecoder(table: table)
        case .other(let label):
            if let converter = IconvDecoder(charset: label) {
                engine = converter
            } else {
                charset = .utf8
                declaredMisdeclared = true
                engine = UTF8Decoder(declaredFallback: decision.declaredFallback)
            }
        }
        self.charset = charset.name
        wasMisdeclared = declaredMisdeclared
    }
}

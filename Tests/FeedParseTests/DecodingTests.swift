import FeedBridgeTestSupport
import Testing
@testable import FeedParse

/// The decoder turns real byte sequences (taken from glibc's `iconv` or built from
/// Swift's own UTF-16/32 views) into the UTF-8 a reader sees.
@Suite(.offCooperativePool) struct DecodingTests {
    /// "Phường Hoàn Kiếm tổ chức hội nghị" in windows-1258 (`iconv -t CP1258`): tone marks are separate bytes.
    static let sentence1258: [UInt8] = [
        0x50, 0x68, 0xFD, 0xF5, 0xCC, 0x6E, 0x67, 0x20, 0x48, 0x6F, 0xE0, 0x6E, 0x20, 0x4B, 0x69, 0xEA,
        0xEC, 0x6D, 0x20, 0x74, 0xF4, 0xD2, 0x20, 0x63, 0x68, 0xFD, 0xEC, 0x63, 0x20, 0x68, 0xF4, 0xF2,
        0x69, 0x20, 0x6E, 0x67, 0x68, 0x69, 0xF2,
    ]
    static let sentence = "Phường Hoàn Kiếm tổ chức hội nghị"

    /// Decodes `bytes` in chunks of `chunkSize` (whole when nil), returning the text and the decoder.
    func decode(_ bytes: [UInt8], contentType: String? = nil, chunkSize: Int? = nil) throws -> (String, CharsetDecoder) {
        var decoder = CharsetDecoder(contentType: contentType)
        let output = try decodeBytes(bytes, with: &decoder, splits: stride(from: 0, to: bytes.count, by: chunkSize ?? max(bytes.count, 1)).map { $0 })
        return (String(decoding: output, as: UTF8.self), decoder)
    }

    /// Decodes `bytes` cut at the given offsets (the first must be 0).
    func decodeBytes(_ bytes: [UInt8], with decoder: inout CharsetDecoder, splits: [Int]) throws -> [UInt8] {
        var output: [UInt8] = []
        let bounds = splits + [bytes.count]
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            output += try bytes[start..<end].withUnsafeBytes { try decoder.decode($0) }
        }
        return output + (try decoder.finish())
    }

    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    }

    func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar in
            let bytes = (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> ($0 * 8)) }
            return bigEndian ? bytes.reversed() : bytes
        }
    }

    // MARK: UTF-8 and byte order marks

    @Test func decode_validUTF8_passesThroughUnchanged() throws {
        let text = "<title>Hà Nội: “tin tức” 日本 😀</title>\r\n\t"
        let (decoded, decoder) = try decode(Array(text.utf8))
        #expect(Array(decoded.utf8) == Array(text.utf8))
        #expect(decoder.charset == "utf-8")
        #expect(!decoder.wasMisdeclared)
    }

    @Test func decode_utf8BOM_isRemovedAndWinsOverContentType() throws {
        let (decoded, decoder) = try decode([0xEF, 0xBB, 0xBF] + Array("Hà Nội".utf8), contentType: "text/xml; charset=windows-1252")
        #expect(decoded == "Hà Nội")
        #expect(decoder.charset == "utf-8")
    }

    @Test(arguments: [false, true])
    func decode_utf16BOM_decodesEitherByteOrder(bigEndian: Bool) throws {
        let text = "<rss>Phường Đống Đa 😀</rss>"
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let (decoded, decoder) = try decode(bom + utf16(text, bigEndian: bigEndian), contentType: "text/xml; charset=iso-8859-1")
        #expect(Array(decoded.utf8) == Array(text.utf8))
        #expect(decoder.charset == (bigEndian ? "utf-16be" : "utf-16le"))
    }

    @Test(arguments: [false, true])
    func decode_utf32BOM_decodesEitherByteOrder(bigEndian: Bool) throws {
        let text = "<feed>Ba Đình 😀</feed>"
        let bom: [UInt8] = bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]
        let (decoded, decoder) = try decode(bom + utf32(text, bigEndian: bigEndian))
        #expect(Array(decoded.utf8) == Array(text.utf8))
        #expect(decoder.charset == (bigEndian ? "utf-32be" : "utf-32le"))
    }

    @Test(arguments: [false, true])
    func decode_utf16WithoutBOM_isDetectedFromFirstBytes(bigEndian: Bool) throws {
        let text = #"<?xml version="1.0"?><rss><title>Hoàn Kiếm</title></rss>"#
        let (decoded, decoder) = try decode(utf16(text, bigEndian: bigEndian))
        #expect(Array(decoded.utf8) == Array(text.utf8))
        #expect(decoder.charset == (bigEndian ? "utf-16be" : "utf-16le"))
        #expect(!decoder.wasMisdeclared)
    }

    @Test func decode_utf16Declared_butBytesAreASCII_isReadAsUTF8() throws {
        let text = #"<?xml version="1.0" encoding="UTF-16"?><rss>Hà Nội</rss>"#
        let (decoded, decoder) = try decode(Array(text.utf8))
        #expect(decoded == text)
        #expect(decoder.charset == "utf-8")
        #expect(decoder.wasMisdeclared)
    }

    // MARK: Legacy charsets

    @Test func decode_windows1258_composesToneMarksIntoNFC() throws {
        let (decoded, decoder) = try decode(Self.sentence1258, contentType: "text/html; charset=windows-1258")
        #expect(Array(decoded.utf8) == Array(Self.sentence.utf8))
        #expect(decoder.charset == "windows-1258")
        #expect(!decoder.wasMisdeclared)
    }

    @Test func decode_windows1252_mapsPunctuationAndEuro() throws {
        // "Café – “crème” €5" from `iconv -t CP1252`.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x94, 0x20, 0x80, 0x35]
        let (decoded, decoder) = try decode(bytes, contentType: "text/xml; charset=Windows-1252")
        #expect(decoded == "Café – “crème” €5")
        #expect(decoder.charset == "windows-1252")
    }

    @Test(arguments: ["iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "\"ASCII\""])
    func decode_latin1AndASCIILabels_areReadAsWindows1252(label: String) throws {
        let (decoded, decoder) = try decode([0x93, 0x80, 0x31, 0x94, 0x20, 0xE9], contentType: "text/xml; charset=\(label)")
        #expect(decoded == "“€1” é")
        #expect(decoder.charset == "windows-1252")
    }

    @Test func decode_tcvn3_decodesVietnamese() throws {
        let (decoded, decoder) = try decode([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69], contentType: "text/html; charset=TCVN3")
        #expect(decoded == "Hà Nội")
        #expect(decoder.charset == "tcvn3")
    }

    @Test func decode_otherCharset_goesThroughIconv() throws {
        let (decoded, decoder) = try decode([0xA3, 0xF3, 0x64, 0xBC], contentType: "text/plain; charset=ISO-8859-2")
        #expect(decoded == "Łódź")
        #expect(decoder.charset == "iso-8859-2")
        #expect(!decoder.wasMisdeclared)
    }

    @Test func decode_unknownCharset_fallsBackToUTF8WithFlag() throws {
        let (decoded, decoder) = try decode(Array("Hà Nội".utf8), contentType: "text/xml; charset=x-klingon")
        #expect(decoded == "Hà Nội")
        #expect(decoder.charset == "utf-8")
        #expect(decoder.wasMisdeclared)
    }

    // MARK: Precedence of declarations

    @Test func decode_contentTypeCharset_winsOverXMLDeclaration() throws {
        // 0xEC after "a" is "á" in windows-1258 but "aì" in windows-1252.
        let bytes = Array(#"<?xml version="1.0" encoding="windows-1258"?><t>"#.utf8) + [0x61, 0xEC] + Array("</t>".utf8)
        let (decoded, decoder) = try decode(bytes, contentType: "application/rss+xml; charset=windows-1252")
        #expect(decoded.contains("<t>aì</t>"))
        #expect(decoder.charset == "windows-1252")
    }

    @Test func decode_xmlDeclaration_isUsedWithoutContentTypeCharset() throws {
        let bytes = Array(#"<?xml version='1.0' encoding='WINDOWS-1258' ?><t>"#.utf8) + [0x61, 0xEC] + Array("</t>".utf8)
        let (decoded, decoder) = try decode(bytes, contentType: "application/rss+xml")
        #expect(decoded.hasSuffix("<t>á</t>"))
        #expect(decoder.charset == "windows-1258")
    }

    @Test(arguments: [
        #"<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>"#,
        #"<html><head><META CHARSET=windows-1258><title>"#,
    ])
    func decode_htmlMeta_declaresCharset(head: String) throws {
        let (decoded, decoder) = try decode(Array(head.utf8) + Self.sentence1258 + Array("</title>".utf8))
        #expect(decoded == head + Self.sentence + "</title>")
        #expect(decoder.charset == "windows-1258")
    }

    @Test func decode_json_ignoresMetaInsideContent() throws {
        let json = #"{"version": "https://jsonfeed.org/version/1.1", "items": [{"content_html": "<meta charset=windows-1252><p>Hanoi</p>"}]}"#
        let (decoded, decoder) = try decode(Array(json.utf8))
        #expect(decoded == json)
        #expect(decoder.charset == "utf-8")
        #expect(!decoder.wasMisdeclared)
    }

    // MARK: Mis-declared documents

    @Test func decode_utf8Declared_windows1258Bytes_fallsBackTo1258() throws {
        let (decoded, decoder) = try decode(Self.sentence1258, contentType: "text/xml; charset=utf-8")
        #expect(Array(decoded.utf8) == Array(Self.sentence.utf8))
        #expect(decoder.charset == "utf-8")
        #expect(decoder.wasMisdeclared)
    }

    @Test func decode_undeclared_windows1252Bytes_fallsBackTo1252() throws {
        let (decoded, decoder) = try decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65])
        #expect(decoded == "Café crème")
        #expect(decoder.wasMisdeclared)
    }

    @Test func decode_utf8WithSome1258Bytes_keepsUTF8AndDecodesTheRest() throws {
        let bytes = Array("<p>Quận Đống Đa – ".utf8) + Self.sentence1258 + Array("</p>".utf8)
        let (decoded, decoder) = try decode(bytes)
        #expect(Array(decoded.utf8) == Array(("<p>Quận Đống Đa – " + Self.sentence + "</p>").utf8))
        #expect(decoder.wasMisdeclared)
    }

    @Test func decode_utf8Declared_tcvn3Bytes_useTheCharsetTheDocumentDeclares() throws {
        let bytes = Array(#"<?xml version="1.0" encoding="tcvn3"?><t>"#.utf8) + [0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69] + Array("</t>".utf8)
        let (decoded, decoder) = try decode(bytes, contentType: "text/xml; charset=UTF-8")
        #expect(decoded.hasSuffix("<t>Hà Nội</t>"))
        #expect(decoder.charset == "utf-8")
        #expect(decoder.wasMisdeclared)
    }

    @Test(arguments: ["text/xml; charset=iso-8859-1", "text/html; charset=windows-1258", nil])
    func decode_legacyDeclared_butUTF8Bytes_isReadAsUTF8(contentType: String?) throws {
        let text = #"<?xml version="1.0" encoding="ISO-8859-1"?><t>Phường Hoàn Kiếm</t>"#
        let (decoded, decoder) = try decode(Array(text.utf8), contentType: contentType)
        #expect(decoded == text)
        #expect(decoder.charset == "utf-8")
        #expect(decoder.wasMisdeclared)
    }

    // MARK: Streaming

    @Test func decode_utf8SplitAtEveryOffset_isUnchanged() throws {
        let bytes = Array("aé–日😀Phường\u{FFFD}z".utf8)
        for split in 1..<bytes.count {
            var decoder = CharsetDecoder(contentType: nil)
            #expect(try decodeBytes(bytes, with: &decoder, splits: [0, split]) == bytes, "split at \(split)")
        }
        var decoder = CharsetDecoder(contentType: nil)
        #expect(try decodeBytes(bytes, with: &decoder, splits: Array(bytes.indices)) == bytes, "one byte at a time")
    }

    @Test func decode_1258SplitAtEveryOffset_staysNFC() throws {
        for split in 1..<Self.sentence1258.count {
            var decoder = CharsetDecoder(contentType: "text/html; charset=windows-1258")
            let output = try decodeBytes(Self.sentence1258, with: &decoder, splits: [0, split])
            #expect(output == Array(Self.sentence.utf8), "split at \(split)")
        }
    }

    @Test func decode_utf8Declared1258SplitAtEveryOffset_staysNFC() throws {
        // The first chunk always holds a whole sentence, whose tone marks choose windows-1258.
        let bytes = Self.sentence1258 + [0x20] + Self.sentence1258
        let expected = Array((Self.sentence + " " + Self.sentence).utf8)
        for split in Self.sentence1258.count..<bytes.count {
            var decoder = CharsetDecoder(contentType: "text/html; charset=utf-8")
            #expect(try decodeBytes(bytes, with: &decoder, splits: [0, split]) == expected, "split at \(split)")
        }
    }

    @Test(arguments: [false, true])
    func decode_utf16SplitAtEveryOffset_isUnchanged(bigEndian: Bool) throws {
        let text = "Hà😀Nội"
        let bytes = utf16(text, bigEndian: bigEndian)
        for split in 1..<bytes.count {
            var decoder = CharsetDecoder(contentType: bigEndian ? "text/xml; charset=utf-16be" : "text/xml; charset=utf-16le")
            let output = try decodeBytes(bytes, with: &decoder, splits: [0, split])
            #expect(output == Array(text.utf8), "split at \(split)")
        }
    }

    @Test func decode_shiftJISSplitAtEveryOffset_isUnchanged() throws {
        // "日本語のニュース" from `iconv -t SHIFT_JIS`: two bytes a character.
        let bytes: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x6A, 0x83, 0x85, 0x81, 0x5B, 0x83, 0x58]
        for split in 1..<bytes.count {
            var decoder = CharsetDecoder(contentType: "text/plain; charset=shift_jis")
            let output = try decodeBytes(bytes, with: &decoder, splits: [0, split])
            #expect(output == Array("日本語のニュース".utf8), "split at \(split)")
        }
    }

    @Test func finish_truncatedSequence_becomesReplacementCharacter() throws {
        let (decoded, _) = try decode(Array("Hà N".utf8) + [0xE1, 0xBB])
        #expect(decoded == "Hà N\u{FFFD}")
    }

    // MARK: Characters XML forbids

    @Test func decode_utf8ControlCharacters_areDropped() throws {
        let (decoded, _) = try decode(Array("a\u{0}b\u{1}c\td\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i\r\n".utf8))
        #expect(decoded == "abc\tdefghi\r\n")
    }

    @Test func decode_legacyAndUTF16ControlCharacters_areDropped() throws {
        let (latin, _) = try decode([0x61, 0x01, 0x08, 0xE9, 0x1B], contentType: "text/xml; charset=windows-1252")
        #expect(latin == "aé")
        let (wide, _) = try decode([0xFF, 0xFE] + utf16("a\u{8}b\u{FFFF}c", bigEndian: false))
        #expect(wide == "abc")
    }

    // MARK: NFC

    @Test func nfc_decomposedVietnamese_becomesPrecomposed() {
        let decomposed = "Hoa\u{300} Kie\u{302}\u{301}m"
        #expect(Array(decomposed.nfc.unicodeScalars) == Array("Ho\u{E0} Ki\u{1EBF}m".unicodeScalars))
    }

    @Test(arguments: ["Hanoi city news", "Phường Hoàn Kiếm tổ chức hội nghị – “2025” ₫", ""])
    func nfc_alreadyComposedText_isIdentical(text: String) {
        #expect(Array(text.nfc.utf8) == Array(text.utf8))
    }
}

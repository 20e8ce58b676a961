/// Escaping of text for XML and HTML output, at the byte level.
///
/// `&`, `<` and `>` become entities everywhere (so `]]>` can never appear); in an
/// attribute value `"` does too, and tab, line feed and carriage return become
/// character references so that attribute-value normalization gives them back. A
/// carriage return in text is written `&#13;` for the same reason.
///
/// Characters XML 1.0 forbids are dropped: the C0 controls other than tab, line feed
/// and carriage return, and U+FFFE and U+FFFF (lone surrogates cannot occur in a Swift
/// string). DEL and the C1 controls (U+007F–U+009F), which XML 1.0 discourages and
/// HTML forbids, are dropped too.
enum MarkupText {
    /// Appends `text`, escaped for element content or for a double-quoted attribute value.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8], inAttribute: Bool) {
        var text = text
        let watched = inAttribute ? attributeBytes : textBytes
        text.withUTF8 { source in
            var copied = 0
            var index = 0
            while index < source.count {
                let byte = source[index]
                if !watched.contains(byte) {
                    index += 1
                    continue
                }
                let width: Int
                let replacement: StaticString?
                switch byte {
                case UInt8(ascii: "&"): (width, replacement) = (1, "&amp;")
                case UInt8(ascii: "<"): (width, replacement) = (1, "&lt;")
                case UInt8(ascii: ">"): (width, replacement) = (1, "&gt;")
                case UInt8(ascii: "\r"): (width, replacement) = (1, "&#13;")
                case UInt8(ascii: "\"") where inAttribute: (width, replacement) = (1, "&quot;")
                case UInt8(ascii: "\t") where inAttribute: (width, replacement) = (1, "&#9;")
                case UInt8(ascii: "\n") where inAttribute: (width, replacement) = (1, "&#10;")
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                    index += 1
                    continue
                case 0x00..<0x20, 0x7F: (width, replacement) = (1, nil)
                case 0xC2 where index + 1 < source.count && source[index + 1] < 0xA0:
                    (width, replacement) = (2, nil)
                case 0xEF where index + 2 < source.count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
                    (width, replacement) = (3, nil)
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                }
                index += width
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<source.count]))
        }
    }

    /// Bit sets of the bytes that may need escaping or dropping (the rest are copied):
    /// the C0 controls, `"` (in attributes), `&`, `<`, `>`, DEL, and the lead bytes
    /// 0xC2 (C1 controls) and 0xEF (U+FFFE, U+FFFF).
    private static let textBytes = ByteSet(
        low: 0xFFFF_FFFF | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E, ascii: 1 << (0x7F - 64), lead: 1 << (0xC2 - 192) | 1 << (0xEF - 192)
    )
    private static let attributeBytes = ByteSet(low: textBytes.low | 1 << 0x22, ascii: textBytes.ascii, lead: textBytes.lead)

    /// A set of bytes as bits: 0x00–0x3F, 0x40–0x7F, and 0xC0–0xFF (no continuation bytes).
    private struct ByteSet {
        var low: UInt64
        var ascii: UInt64
        var lead: UInt64

        @inline(__always) func contains(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return low & bit != 0
            case 1: return ascii & bit != 0
            case 2: return false
            default: return lead & bit != 0
            }
        }
    }
}

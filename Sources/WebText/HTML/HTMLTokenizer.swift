import Foundation

/// One token of an HTML fragment.
package enum HTMLToken {
    /// Text, as it is in the input (no reference, no control character in it).
    case text(Range<Int>)
    /// A character reference, decoded.
    case character(Unicode.Scalar)
    /// A start tag; its attributes are in `HTMLTokenizer.attributes` until the next token.
    case startTag(HTMLTag, HTMLTagKey)
    case endTag(HTMLTag, HTMLTagKey)
    case end
}

/// Splits an HTML fragment (UTF-8) into tokens, following the HTML tokenizer's rules
/// where a sanitizer needs them: what opens a tag (`<` and a letter, `</` and a letter),
/// comments (`<!-- -->`, `<!-->`, `--!>`), bogus comments (`<!x>`, `<?x>`, `</1>`),
/// attributes (quoted, unquoted, without value; the first of a repeated name wins),
/// character references in text and attribute values, and the raw text of `<script>`,
/// `<style>`, `<textarea>`... which is skipped up to its end tag with the element.
///
/// Deliberate departures, none of which lets markup through: a `<![CDATA[` section is
/// skipped up to `]]>` (HTML would end it at the first `>` and show the rest);
/// control characters other than tab, line feed and carriage return are dropped, NUL in an
/// attribute becomes U+FFFD; `<noscript>` is raw text (as with scripting enabled); in
/// `<svg>` and `<math>`, `<script>` and `<style>` are raw text too.
package struct HTMLTokenizer {
    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    let tags = HTMLTagTable.shared
    let entities = HTMLEntityTable.shared
    /// The attributes of the last start tag.
    package var attributes: HTMLAttributes

    package init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        attributes = HTMLAttributes(input: input)
    }

    /// The next token; `.end` at the end of the input, and from then on.
    package mutating func next() -> HTMLToken {
        while position < input.count {
            let byte = input[position]
            guard Self.isSpecial(byte) else { return text() }
            switch byte {
            case UInt8(ascii: "<"):
                if let token = markup() { return token }
            case UInt8(ascii: "&"):
                if let scalar = characterReference(inAttribute: false) {
                    if !scalar.isDroppedControl { return .character(scalar) }
                } else {
                    position += 1
                    return .text(position - 1..<position)
                }
            default:
                position += 1
            }
        }
        return .end
    }

    /// A run of text up to the next `<`, `&` or control character.
    @inline(__always)
    private mutating func text() -> HTMLToken {
        let start = position
        position = ByteScan.firstIndex(in: input, from: start + 1, mayMatch: { word in
            ByteScan.hasByte(word, below: 0x20) || ByteScan.hasByte(word, equalTo: UInt8(ascii: "<"))
                || ByteScan.hasByte(word, equalTo: UInt8(ascii: "&"))
        }, isMatch: Self.isSpecial)
        return .text(start..<position)
    }

    /// `<`, `&`, and the control characters that are dropped (all but tab, LF and CR).
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 && (specialBits >> UInt64(byte)) & 1 != 0
    }

    /// Bits 0x00–0x08, 0x0B, 0x0C, 0x0E–0x1F, 0x26 (`&`) and 0x3C (`<`).
    private static var specialBits: UInt64 { 0x1000_0040_FFFF_D9FF }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte &- 0x09 < 5 && byte != 0x0B)
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte &- UInt8(ascii: "0") < 10
    }

    /// The index of the first `byte` at or after `start`, or nil.
    @inline(__always)
    func index(of byte: UInt8, from start: Int) -> Int? {
        guard start < input.count, let base = input.baseAddress,
              let found = memchr(base + start, Int32(byte), input.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

extension Unicode.Scalar {
    /// A control character the sanitizer drops: C0 controls other than tab, LF and CR
    /// (not allowed in XML 1.0, where the output goes next).
    var isDroppedControl: Bool {
        value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
    }
}

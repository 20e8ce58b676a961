/// Plain text from the sanitized HTML of a summary or content, for the HTML page's
/// excerpts and JSON Feed's `summary`.
///
/// The input is the sanitizer's output: well-formed tags, attribute values with `"`,
/// `<` and `>` escaped, no script or style. Tags are dropped (block elements and
/// `<br>` leave a space), character references decoded, whitespace runs (with
/// U+00A0) written as one space, none at either end.
enum PlainText {
    /// The text of `html`; with `maxWords`, at most that many words and `…` when some
    /// were cut.
    static func from(html: String, maxWords: Int = .max) -> String {
        var html = html
        return html.withUTF8 { source in
            var output: [UInt8] = []
            output.reserveCapacity(min(source.count, 4_096))
            var words = 0
            var space = false
            var index = 0
            func appendVisible(_ bytes: some Sequence<UInt8>) -> Bool {
                if space || words == 0 {
                    guard words < maxWords else { return false }
                    if words > 0 { output.append(UInt8(ascii: " ")) }
                    words += 1
                    space = false
                }
                output.append(contentsOf: bytes)
                return true
            }
            while index < source.count {
                let byte = source[index]
                switch byte {
                case UInt8(ascii: "<"):
                    var end = index + 1
                    while end < source.count && source[end] != UInt8(ascii: ">") { end += 1 }
                    if isBreaking(tag: source, from: index + 1, to: end) { space = true }
                    index = end + 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C:
                    space = true
                    index += 1
                case 0xC2 where index + 1 < source.count && source[index + 1] == 0xA0:
                    space = true
                    index += 2
                case UInt8(ascii: "&"):
                    let (decoded, next) = reference(in: source, at: index)
                    if decoded.allSatisfy(\.isWhitespace) { space = true } else if !appendVisible(decoded.utf8) { return finish(output, cut: true) }
                    index = next
                default:
                    if !appendVisible(CollectionOfOne(byte)) { return finish(output, cut: true) }
                    index += 1
                    while index < source.count && source[index] & 0xC0 == 0x80 {
                        output.append(source[index])
                        index += 1
                    }
                }
            }
            return finish(output, cut: false)
        }
    }

    private static func finish(_ output: [UInt8], cut: Bool) -> String {
        String(decoding: output, as: UTF8.self) + (cut ? "…" : "")
    }

    /// Elements whose boundaries separate words.
    private static let breakingTags: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "img", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    ]

    private static func isBreaking(tag source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var nameStart = start
        if nameStart < end && source[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < end, case let byte = source[nameEnd] | 0x20, (0x61...0x7A).contains(byte) || (0x30...0x39).contains(source[nameEnd]) {
            nameEnd += 1
        }
        guard nameEnd > nameStart, nameEnd - nameStart <= 10 else { return false }
        let name = String(decoding: UnsafeBufferPointer(rebasing: source[nameStart..<nameEnd]), as: UTF8.self).lowercased()
        return breakingTags.contains(name)
    }

    /// The text a character reference at `start` stands for and where the text
    /// resumes; a lone `&` stands for itself.
    private static func reference(in source: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int) {
        var end = start + 1
        while end < source.count && end - start < 12 && source[end] != UInt8(ascii: ";") { end += 1 }
        guard end < source.count && source[end] == UInt8(ascii: ";") else { return ("&", start + 1) }
        let name = String(decoding: UnsafeBufferPointer(rebasing: source[(start + 1)..<end]), as: UTF8.self)
        let next = end + 1
        switch name {
        case "amp": return ("&", next)
        case "lt": return ("<", next)
        case "gt": return (">", next)
        case "quot": return ("\"", next)
        case "apos": return ("'", next)
        case "nbsp": return (" ", next)
        default:
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard name.first == "#", let value, let scalar = Unicode.Scalar(value) else { return ("&", start + 1) }
            return (String(Character(scalar)), next)
        }
    }
}

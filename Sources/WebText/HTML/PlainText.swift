/// Plain text from HTML: the text of titles, of the HTML page's excerpts and of JSON
/// Feed's `summary`, read by the same tokenizer as the sanitizer.
///
/// Tags are dropped (block elements, `<br>` and `<img>` leave a space), character
/// references decoded, the content of scripts, styles and other opaque elements left
/// out, whitespace runs (with U+00A0) written as one space, none at either end; the
/// result is in NFC.
///
/// ```swift
/// PlainText.from(html: "<b>Hội nghị</b> &amp; <i>tổng kết</i>")   // "Hội nghị & tổng kết"
/// PlainText.from(html: "<p>Một hai ba bốn</p>", maxWords: 2)     // "Một hai…"
/// ```
public enum PlainText {
    /// The text of `html`; with `maxWords`, at most that many words and `…` when some
    /// were cut.
    public static func from(html: String, maxWords: Int = .max) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            var isCut = false
            if bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: "&")) {
                var parser = HTMLFragmentParser(sink: PlainTextCollector(maxWords: maxWords))
                parser.parse(bytes)
                output = parser.sink.output
                isCut = parser.sink.isCut
            } else {
                output.reserveCapacity(bytes.count)
                var space = false, words = 0
                isCut = !output.appendCollapsingWhitespace(bytes, space: &space, words: &words, limit: maxWords)
            }
            let text = output.withUnsafeBufferPointer { String(utf8NFC: $0) }
            return isCut ? text + "…" : text
        }
    }
}

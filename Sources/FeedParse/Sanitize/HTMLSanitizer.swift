import WebText

/// An allowlist HTML sanitizer: what reaches the merged feed is safe to show on the city portal.
///
/// Only the elements and attributes of `SanitizerPolicy` survive; `<script>`, `<style>`,
/// `<iframe>`, forms and the like go with their content; every URL attribute is resolved
/// to an absolute URL with a safe scheme or removed. The fragment is read by a byte-level
/// HTML tokenizer (WebText's `HTMLTokenizer`, which also reads `PlainText`) and written
/// as it goes, never built as a tree.
///
/// ```swift
/// let sanitizer = HTMLSanitizer()
/// sanitizer.sanitize(#"<p onclick="x()">Xem <a href="/tin/1">tin</a><script>x()</script></p>"#,
///                    baseURL: "https://hanoi.gov.vn/")
/// // <p>Xem <a href="https://hanoi.gov.vn/tin/1" rel="noopener noreferrer">tin</a></p>
/// ```
public struct HTMLSanitizer: Sendable {
    public init() {}

    /// Sanitized HTML fragment, with every URL attribute resolved against `baseURL`.
    ///
    /// The result is well-formed: elements properly nested and all closed, void elements
    /// written `<br>`, text escaped (`&` `<` `>`), attributes double-quoted and escaped.
    /// Comments, CDATA sections and processing instructions are dropped; entities are
    /// decoded and characters re-escaped only where HTML needs it (U+00A0 stays a
    /// character). Surrounding whitespace is trimmed, and a fragment that shows nothing
    /// (no text, no image, no media) becomes `""`. Control characters other than tab and
    /// line breaks are dropped.
    ///
    /// - Parameters:
    ///   - html: an HTML fragment (a feed item's summary or content).
    ///   - baseURL: the URL relative references are resolved against; without it, URL
    ///     attributes that are not absolute are removed.
    public func sanitize(_ html: String, baseURL: String?) -> String {
        sanitize(html, base: baseURL.flatMap(BaseURL.init))
    }

    /// The same, against a base URL already parsed.
    func sanitize(_ html: String, base: BaseURL?) -> String {
        var contiguous = html
        return contiguous.withUTF8 { bytes in
            if Self.isPlainText(bytes) {
                guard bytes.hasVisibleCharacter else { return "" }
                return Self.trimmed(html, bytes)
            }
            var parser = HTMLFragmentParser(sink: SanitizingWriter(base: base, capacity: bytes.count + 64))
            parser.parse(bytes)
            return parser.sink.hasContent ? parser.sink.output.trimmedNFCString() : ""
        }
    }

    /// `string` (whose UTF-8 is `bytes`) without the ASCII whitespace around it.
    private static func trimmed(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var low = 0, high = bytes.count
        while low < high, bytes[low] <= 0x20 { low += 1 }
        while high > low, bytes[high - 1] <= 0x20 { high -= 1 }
        if low == 0 && high == bytes.count { return string }
        let utf8 = string.utf8
        return String(string[utf8.index(utf8.startIndex, offsetBy: low)..<utf8.index(utf8.startIndex, offsetBy: high)])
    }

    /// Whether `bytes` is already safe HTML as it is: no markup (`<` `>`), no references
    /// (`&`), no control characters besides tab and newlines, no combining marks to compose.
    private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        markupBytes.withUnsafeBufferPointer { table in
            var start = 0
            while start < bytes.count {
                let end = min(start + 64, bytes.count)
                var found: UInt8 = 0
                for index in start..<end { found |= table[Int(bytes[index])] }
                if found != 0 { return false }
                start = end
            }
            return true
        }
    }

    /// 1 for the bytes that `isPlainText` refuses, 0 for the others.
    private static let markupBytes: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x09, 0x0A, 0x0D: 0
        case 0..<0x20, 0x26, 0x3C, 0x3E, 0xCC, 0xCD: 1
        default: 0
        }
    }
}

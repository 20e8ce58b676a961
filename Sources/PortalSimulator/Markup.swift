import WebText

/// Escaping and small shared pieces of the rendered pages and feeds.
enum Markup {
    /// Escapes text for XML element content and attribute values.
    static func xml(_ text: String) -> String {
        xmlEscaper.escape(text)
    }

    /// Escapes text the way Liferay's `HtmlUtil.escape` does (`"` → `&#034;`, `'` → `&#039;`).
    static func liferay(_ text: String) -> String {
        liferayEscaper.escape(text)
    }

    private static let xmlEscaper = MarkupEscaper(quote: "&quot;", apostrophe: "&apos;")
    private static let liferayEscaper = MarkupEscaper(quote: "&#034;", apostrophe: "&#039;")

    /// The article as HTML paragraphs, with the thumbnail first.
    static func articleHTML(paragraphs: [String], image: String, alt: String) -> String {
        "<p><img src=\"\(image)\" alt=\"\(liferay(alt))\" width=\"480\" /></p>"
            + paragraphs.map { "<p>\(liferay($0))</p>" }.joined()
    }

    /// The description of every simulated feed; the malformed-feed fault breaks it.
    static let feedDescription = "Tin tức - Sự kiện"

    /// The thumbnail every `…/documents/….png` path serves (a 16×9 PNG).
    static let thumbnail: [UInt8] = [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x09, 0x08, 0x02, 0x00, 0x00, 0x00, 0xb4, 0x48, 0x3b,
        0x65, 0x00, 0x00, 0x00, 0x14, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xd8, 0xa4, 0xa4, 0x44,
        0x12, 0x62, 0x18, 0xd5, 0x30, 0x28, 0x34, 0x00, 0x00, 0x89, 0x62, 0x8a, 0x61, 0x1d, 0x1a, 0x4f,
        0xe8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ]
}

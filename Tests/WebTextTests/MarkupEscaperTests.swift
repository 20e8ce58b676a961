import FeedBridgeTestSupport
import Testing
import WebText

/// One escaper for every writer of markup: what each preset escapes, keeps and drops.
@Suite(.offCooperativePool) struct MarkupEscaperTests {
    static let hostile = "<b>\"Tin\" & 'sự kiện'</b> ]]> \u{1}\u{B}\u{7F}\u{85}\u{9F}\u{FFFE}\u{FFFF}tab\there\r\nlf \u{A0}\u{2028}"

    @Test func htmlText_escapesAmpersandAndAngleBrackets_only() {
        #expect(MarkupEscaper.htmlText.escape(Self.hostile)
            == "&lt;b&gt;\"Tin\" &amp; 'sự kiện'&lt;/b&gt; ]]&gt; \u{1}\u{B}\u{7F}\u{85}\u{9F}\u{FFFE}\u{FFFF}tab\there\r\nlf \u{A0}\u{2028}")
    }

    @Test func htmlAttribute_alsoEscapesTheQuote() {
        #expect(MarkupEscaper.htmlAttribute.escape(#"a "b" 'c' <d> &e"#) == "a &quot;b&quot; 'c' &lt;d&gt; &amp;e")
    }

    @Test func xmlText_dropsWhatXMLForbids_andKeepsCarriageReturnAsReference() {
        #expect(MarkupEscaper.xmlText.escape(Self.hostile)
            == "&lt;b&gt;\"Tin\" &amp; 'sự kiện'&lt;/b&gt; ]]&gt; tab\there&#13;\nlf \u{A0}\u{2028}")
    }

    @Test func xmlAttribute_writesTabAndLineBreaksAsReferences() {
        #expect(MarkupEscaper.xmlAttribute.escape("\"a\"\tb\nc\rd\u{0}") == "&quot;a&quot;&#9;b&#10;c&#13;d")
    }

    @Test func customReferences_forQuoteAndApostrophe() {
        let liferay = MarkupEscaper(quote: "&#034;", apostrophe: "&#039;")
        #expect(liferay.escape(#"O'Brien "x" & <y>"#) == "O&#039;Brien &#034;x&#034; &amp; &lt;y&gt;")
        let xml = MarkupEscaper(quote: "&quot;", apostrophe: "&apos;")
        #expect(xml.escape("'") == "&apos;")
    }

    @Test func plainText_isReturnedAsItIs_andLongTextIsScannedWhole() {
        let text = "Phường Ba Đình tổ chức hội nghị tổng kết năm 2024"
        #expect(MarkupEscaper.xmlText.escape(text) == text)
        let long = String(repeating: "Hà Nội 2025 ", count: 100) + "&" + String(repeating: "x", count: 13)
        #expect(MarkupEscaper.htmlText.escape(long) == String(repeating: "Hà Nội 2025 ", count: 100) + "&amp;" + String(repeating: "x", count: 13))
    }

    @Test func append_writesIntoABuffer() {
        var bytes = Array("<p>".utf8)
        MarkupEscaper.htmlText.append("1 < 2", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<p>1 &lt; 2")
    }
}

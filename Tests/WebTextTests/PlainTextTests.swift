import FeedBridgeTestSupport
import Testing
import WebText

/// HTML → plain text, for titles (any HTML) and for excerpts (sanitized HTML).
@Suite(.offCooperativePool) struct PlainTextTests {
    @Test func plainText_ofTitleMarkup_isDecodedCollapsedAndTrimmed() {
        #expect(PlainText.from(html: "<b>Hội nghị</b> &amp; <i>tổng kết</i>\n  năm 2024") == "Hội nghị & tổng kết năm 2024")
        #expect(PlainText.from(html: "Ph&#432;&#7901;ng Ho&agrave;n Ki&#7871;m") == "Phường Hoàn Kiếm")
        #expect(PlainText.from(html: "  Tin\n\ttức  ") == "Tin tức")
        #expect(PlainText.from(html: "Hà&nbsp;Nội") == "Hà Nội")
        #expect(PlainText.from(html: "Hà&nbspNội &#x110000; <b>&lt;3</b>") == "Hà Nội \u{FFFD} <3")
    }

    @Test func plainText_separatesBlocks_andDropsScripts() {
        #expect(PlainText.from(html: "<p>Dòng một</p><p>Dòng hai</p><script>x()</script><br>Ba") == "Dòng một Dòng hai Ba")
        #expect(PlainText.from(html: "<b>Đậm</b><i>nghiêng</i>") == "Đậmnghiêng")
        #expect(PlainText.from(html: "Ảnh<img src=\"a.jpg\">chú thích") == "Ảnh chú thích")
        #expect(PlainText.from(html: "a<style>p{}</style><iframe>b</iframe><form>c</form>d") == "ad")
        #expect(PlainText.from(html: "5 < 3 <!-- x --> và 2 > 1") == "5 < 3 và 2 > 1")
    }

    @Test func plainText_decomposedVietnamese_isComposed() {
        #expect(PlainText.from(html: "Ha\u{300} Nô\u{323}i") == "Hà Nội")
        #expect(PlainText.from(html: "<b>Ha&#768;</b>") == "Hà")
    }

    @Test func plainText_maxWords_cutsWithAnEllipsis() {
        let html = "<p>Ủy ban nhân dân <b>phường</b> Ba&nbsp;Đình</p><p>thông báo</p>"
        #expect(PlainText.from(html: html, maxWords: 3) == "Ủy ban nhân…")
        #expect(PlainText.from(html: html, maxWords: 4) == "Ủy ban nhân dân…")
        #expect(PlainText.from(html: html, maxWords: 7) == "Ủy ban nhân dân phường Ba Đình…")
        #expect(PlainText.from(html: html, maxWords: 9) == "Ủy ban nhân dân phường Ba Đình thông báo")
        #expect(PlainText.from(html: "một hai ba", maxWords: 2) == "một hai…")
        #expect(PlainText.from(html: "một hai", maxWords: 2) == "một hai")
        #expect(PlainText.from(html: "một<br>hai", maxWords: 1) == "một…")
    }
}

import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing
import WebText

/// `ArticleReader`: an item's own page read with `article:` rules (the enrichment of the
/// bridge), on the fixtures in `Fixtures/html/article` and pages written inline.
@Suite(.offCooperativePool) struct HTMLArticleReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/html/article")
    static let url = "https://hoankiem.hanoi.gov.vn/tin-tuc/-/asset_publisher/content/hoi-nghi-tong-ket-42"
    static let now = Date(timeIntervalSince1970: 1_756_688_400)  // 2025-09-01T01:00:00Z

    private func read(_ page: some ContiguousBytes, _ rules: ArticleRules = HTMLBridgeRules.liferayArticle) throws -> ArticlePage {
        try ArticleReader(rules: rules, options: ParseOptions(baseURL: Self.url, now: Self.now)).read(page)
    }

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name))
    }

    @Test func read_liferayJournalArticle_givesContentDateAuthorAndImage() throws {
        let page = try read(fixture("article_liferay_journal.html"))
        #expect(page.content == """
            <p><img src="https://hoankiem.hanoi.gov.vn/documents/10180/42/anh-42.png" alt="Hội nghị" width="480"></p>
            <p>Chiều ngày 14/02, UBND phường tổ chức hội nghị tổng kết công tác năm 2018.</p>
            <p>Đồng chí Chủ tịch UBND phường phát biểu "chỉ đạo".</p>
            """)
        #expect(page.published?.rfc3339 == "2019-02-14T10:27:00Z")
        #expect(page.authors == [Person(name: "Văn phòng HĐND - UBND")])
        #expect(page.image == "https://hoankiem.hanoi.gov.vn/documents/10180/42/anh-42.png")
    }

    @Test func read_redesignedPage_matchesNothing() throws {
        #expect(try read(fixture("article_redesign_noMatch.html")) == ArticlePage())
    }

    @Test func read_rulesForTheRedesign_readTheNewLayout() throws {
        let rules = ArticleRules(
            content: "//section[@class='content']", date: "//p[@class='meta']",
            author: "normalize-space(substring-after(//p[@class='meta'], 'Người viết:'))"
        )
        let page = try read(fixture("article_redesign_noMatch.html"), rules)
        #expect(page.content == "<p>Sáng 30/8, phường ra quân tổng vệ sinh môi trường.</p>")
        #expect(page.published?.rfc3339 == "2025-08-30T01:15:00Z")
        #expect(page.authors == [Person(name: "Ban biên tập")])
        #expect(page.image == nil)
    }

    @Test func read_authorLabels_areDroppedFromEveryAuthor() throws {
        let html = """
            <div class="by"><span>Tác giả : Nguyễn Văn A</span><span>By Jane Doe</span><span>Bài và ảnh: Trần B</span>\
            <span>Byron Hải</span><span>Tác giả:</span><span>Nguyễn Văn A</span></div>
            """
        let page = try read(Array(html.utf8), ArticleRules(author: "//div[@class='by']/span"))
        #expect(page.authors.map(\.name) == ["Nguyễn Văn A", "Jane Doe", "Trần B", "Byron Hải"])
    }

    @Test func read_dateAfterTomorrow_isDropped() throws {
        let html = #"<p class="d">Ngày đăng 20/09/2025 | 8:00 AM</p><p class="e">Ngày đăng 01/09/2025 | 8:00 AM</p>"#
        #expect(try read(Array(html.utf8), ArticleRules(date: "//p[@class='d']", dateFormat: "dd/MM/yyyy | hh:mm a")).published == nil)
        let today = try read(Array(html.utf8), ArticleRules(date: "//p[@class='e']", dateFormat: "dd/MM/yyyy | hh:mm a"))
        #expect(today.published?.rfc3339 == "2025-09-01T01:00:00Z")
    }

    @Test func read_windows1258Page_isDecodedFromItsMetaCharset() throws {
        var bytes = Array(#"<html><head><meta charset="windows-1258"></head><body><div class="a">By Ban bi"#.utf8)
        bytes += [0xEA, 0x6E, 0x20, 0x74, 0xE2, 0xF2, 0x70]  // "ên tập": ê, n, space, t, â + combining dot below, p
        bytes += Array("</div></body></html>".utf8)
        let page = try read(bytes, ArticleRules(author: "//div[@class='a']"))
        #expect(page.authors == [Person(name: "Ban biên tập")])
    }

    @Test func read_badXPath_throwsAParseError() throws {
        let error = #expect(throws: HTMLBridgeError.self) {
            try read(Array("<p>x</p>".utf8), ArticleRules(content: "//div[", author: "//span"))
        }
        #expect(error?.description == "parse: html rule 'article.content': libxml2 cannot compile the XPath '//div['")
    }

    @Test func read_emptyPage_throwsEmpty() throws {
        let error = #expect(throws: ParseError.self) { try read(Array(" \n ".utf8)) }
        #expect(error == .empty)
    }
}

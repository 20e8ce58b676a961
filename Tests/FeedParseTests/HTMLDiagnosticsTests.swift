import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// `FeedParser.parseListing`: the warnings an operator sees when rules do not match a
/// page as expected.
@Suite(.offCooperativePool) struct HTMLDiagnosticsTests {
    static let now = Date(timeIntervalSince1970: 1_756_688_400)  // 2025-09-01T01:00:00Z
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    private func listing(_ page: String, _ rules: HTMLRules = HTMLBridgeRules.liferay) throws -> (feed: Feed, diagnostics: HTMLDiagnostics) {
        try FeedParser(options: ParseOptions(baseURL: "https://cuanam.hanoi.gov.vn/tin-tuc", htmlRules: rules, now: Self.now))
            .parseListing(Array(page.utf8))
    }

    /// A Liferay listing with one `asset-abstract` per (link, date) pair; nil leaves it out.
    private func liferayPage(title: String = "Tin tức - Phường Cửa Nam", _ items: [(link: String?, date: String?)]) -> String {
        var page = "<html><head><title>\(title)</title></head><body>\n"
        for (index, item) in items.enumerated() {
            page += "<div class=\"asset-abstract\"><h3 class=\"asset-title\">"
            page += item.link.map { "<a href=\"\($0)\">Tin số \(index + 1)</a>" } ?? "<a>Tin số \(index + 1)</a>"
            page += "</h3>" + (item.date.map { "<div class=\"assetPublishDate\">Ngày đăng \($0) | View count: 3</div>" } ?? "")
            page += "<div class=\"asset-summary\">Tóm tắt</div><div class=\"asset-image\"><img src=\"/a.png\"></div></div>\n"
        }
        return page + "</body></html>"
    }

    @Test func parseListing_pageMatchedAsExpected_hasNoWarnings() throws {
        let page = try String(contentsOf: Self.fixtures.appendingPathComponent("html_liferay_nextPage.html"), encoding: .utf8)
        let rules = HTMLRules(item: HTMLBridgeRules.liferay.item, title: HTMLBridgeRules.liferay.title, link: HTMLBridgeRules.liferay.link,
                              date: HTMLBridgeRules.liferay.date, dateFormat: HTMLBridgeRules.liferay.dateFormat)
        let (feed, diagnostics) = try listing(page, rules)
        #expect(feed.items.count == 1)
        #expect(diagnostics.warnings == [])
    }

    @Test func parseListing_sameFeedAsParse() throws {
        let page = try String(contentsOf: Self.fixtures.appendingPathComponent("html_liferay_assetPublisher.html"), encoding: .utf8)
        let options = ParseOptions(baseURL: "https://hoankiem.hanoi.gov.vn/tin-tuc-su-kien", htmlRules: HTMLBridgeRules.liferay, now: Self.now)
        #expect(try FeedParser(options: options).parseListing(Array(page.utf8)).feed == FeedParser(options: options).parse(Array(page.utf8)))
    }

    @Test func parseListing_redesign_saysItemMatchedNothing() throws {
        let page = "<html><head><title>Tin tức</title></head><body><div class=\"news-grid\"><article><h2>Tin mới</h2></article></div></body></html>"
        let (feed, diagnostics) = try listing(page)
        #expect(feed.items.isEmpty)
        #expect(diagnostics.warnings == ["rule 'item' matched nothing: the page has no //div[contains(@class,'asset-abstract')]"])
    }

    @Test func parseListing_loginPage_saysSo() throws {
        let page = """
            <html><head><title>Đăng nhập - Cổng thông tin điện tử phường Cửa Nam</title></head><body>
            <form action="/c/portal/login" method="post"><input name="login" type="text"><input name="password" type="PASSWORD"><button>Đăng nhập</button></form>
            </body></html>
            """
        #expect(try listing(page).diagnostics.warnings == [
            "the page looks like a login page (title 'Đăng nhập - Cổng thông tin điện tử phường Cửa Nam')",
            "rule 'item' matched nothing: the page has no //div[contains(@class,'asset-abstract')]",
        ])
        let untitled = page.replacingOccurrences(of: "Đăng nhập - ", with: "")
        #expect(try listing(untitled).diagnostics.warnings.first == "the page looks like a login page (it has a password field)")
    }

    @Test func parseListing_signInBoxBesideItems_isNoLoginPage() throws {
        let page = liferayPage([("/tin/1", "31/08/2025 | 8:00 AM")]).replacingOccurrences(
            of: "</body>", with: "<div class=\"portlet-login\"><input type=\"password\" name=\"p\"></div></body>")
        #expect(try listing(page).diagnostics.warnings == [])
    }

    @Test func parseListing_errorPage_saysSo() throws {
        let liferay = """
            <html><head><title>Lỗi - Cổng thông tin điện tử phường Tương Mai</title></head><body>
            <div class="portlet-msg-error alert alert-error">Đã xảy ra lỗi không mong muốn trong hệ thống.</div></body></html>
            """
        #expect(try listing(liferay).diagnostics.warnings.first == "the page looks like an error page (title 'Lỗi - Cổng thông tin điện tử phường Tương Mai')")
        let tomcat = "<html><head><title>Apache Tomcat/7.0.62 - Error report</title></head><body><h1>HTTP Status 500</h1></body></html>"
        #expect(try listing(tomcat).diagnostics.warnings.first == "the page looks like an error page (title 'Apache Tomcat/7.0.62 - Error report')")
        let notFound = "<html><head><title>404 | Trang</title></head><body></body></html>"
        #expect(try listing(notFound).diagnostics.warnings.first == "the page looks like an error page (title '404 | Trang')")
        let anniversary = liferayPage(title: "Kỷ niệm 1500 năm", [("/tin/1", "31/08/2025 | 8:00 AM")])
        #expect(try listing(anniversary).diagnostics.warnings == [])
    }

    @Test func parseListing_sharedLinks_areListed() throws {
        let page = liferayPage([("/tin/1", "31/08/2025 | 8:00 AM"), ("/tin/2", "31/08/2025 | 8:00 AM"), ("/tin/1", "30/08/2025 | 8:00 AM"),
                                ("/tin/2", "30/08/2025 | 8:00 AM"), ("/tin/1", "29/08/2025 | 8:00 AM")])
        #expect(try listing(page).diagnostics.warnings == [
            "3 items share the link https://cuanam.hanoi.gov.vn/tin/1",
            "2 items share the link https://cuanam.hanoi.gov.vn/tin/2",
        ])
    }

    @Test func parseListing_manySharedLinks_areCountedPastFive() throws {
        let links = (1...7).flatMap { [("/tin/\($0)", "31/08/2025 | 8:00 AM"), ("/tin/\($0)", "31/08/2025 | 8:00 AM")] }
        let warnings = try listing(liferayPage(links.map { (link: $0.0, date: $0.1) })).diagnostics.warnings
        #expect(warnings.count == 6)
        #expect(warnings.last == "2 more links are shared by several items")
    }

    @Test func parseListing_missingLinksAndDates_areCounted() throws {
        let page = liferayPage([("/tin/1", "31/08/2025 | 8:00 AM"), (nil, "31/08/2025 | 9:00 AM"), ("/tin/3", nil),
                                ("/tin/4", "32/13/2025 | 8:00 AM"), ("/tin/5", "31/08/2025 | 10:00 AM")])
        #expect(try listing(page).diagnostics.warnings == [
            "1 of 5 items has no link",
            "1 date could not be read with date_format 'dd/MM/yyyy | hh:mm a' (e.g. 'Ngày đăng 32/13/2025 | 8:00 AM | View count: 3')",
            "2 of 5 items have no date (they will be dated when first seen)",
        ])
    }

    @Test func parseListing_ruleMatchingNothingAnywhere_isNamed() throws {
        let page = liferayPage([("/tin/1", nil), ("/tin/2", nil)])
        var rules = HTMLBridgeRules.liferay
        rules.author = ".//span[@class='author']"
        #expect(try listing(page, rules).diagnostics.warnings == [
            "rule 'date' matched nothing in 2 of 2 items",
            "rule 'author' matched nothing in 2 of 2 items",
        ])
    }

    @Test func parseListing_itemsWithoutTitleOrLink_areLeftOut() throws {
        let page = "<ul><li><a href=\"/1\">Một</a></li><li><span>quảng cáo</span></li><li><a href=\"/3\"></a></li></ul>"
        let (feed, diagnostics) = try listing(page, HTMLRules(item: "//li", title: "a", link: "a/@href"))
        #expect(feed.items.count == 2)
        #expect(diagnostics.warnings == ["1 of 3 items has neither a title nor a link: left out", "1 of 2 items has no title"])
    }

    @Test func parseListing_futureDates_areDroppedAndCounted() throws {
        let page = try String(contentsOf: Self.fixtures.appendingPathComponent("html_date_future.html"), encoding: .utf8)
        let (feed, diagnostics) = try listing(page, HTMLBridgeRules.generic)
        #expect(feed.items.compactMap(\.published).count == 1)
        #expect(diagnostics.warnings == [
            "rule 'summary' matched nothing in 3 of 3 items", "rule 'image' matched nothing in 3 of 3 items",
            "2 dates in the future were dropped",
        ])
    }

    @Test func parseListing_withoutRules_throws() throws {
        let error = #expect(throws: HTMLBridgeError.self) { try FeedParser().parseListing(Array("<p></p>".utf8)) }
        #expect(error == .noRules)
    }
}

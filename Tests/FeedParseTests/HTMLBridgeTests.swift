import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing
import WebText

/// One-off behaviours of the HTML bridge, on pages written inline.
@Suite(.offCooperativePool) struct HTMLBridgeTests {
    static let now = Date(timeIntervalSince1970: 1_756_688_400)  // 2025-09-01T01:00:00Z

    private func parse(_ page: String, _ rules: HTMLRules, base: String? = "https://phuong.hanoi.gov.vn/tin-tuc") throws -> Feed {
        try FeedParser(options: ParseOptions(baseURL: base, htmlRules: rules, now: Self.now)).parse(Array(page.utf8))
    }

    static let cards = """
        <html><body><div class="list">
        <div class="card"><h3> Tin <b>một</b> </h3><a href="/1">xem</a><p class="d">14 Tháng Hai 2019</p></div>
        <div class="card"><h3>Tin hai</h3><a href="/2">xem</a><p class="d">Thứ năm, 5 tháng Mười Hai, 2024 lúc 9:15</p></div>
        </div></body></html>
        """

    @Test func parse_stringAndNumberExpressions_giveTheirValues() throws {
        let rules = HTMLRules(item: "//div[@class='card']", title: "normalize-space(h3)", link: "a/@href",
                              id: "count(preceding-sibling::div) + 1")
        let feed = try parse(Self.cards, rules)
        #expect(feed.items.map(\.title) == ["Tin một", "Tin hai"])
        #expect(feed.items.map(\.id) == ["1", "2"])
    }

    @Test func parse_dateLocaleVi_readsVietnameseMonthWords() throws {
        var rules = HTMLRules(item: "//div[@class='card']", title: "h3", link: "a/@href", date: "p[@class='d']")
        let generic = try parse(Self.cards, rules)
        #expect(generic.items.map { $0.published?.rfc3339 } == ["2019-02-13T17:00:00Z", "2024-12-05T02:15:00Z"])
        rules.dateFormat = "d MMM yyyy"
        rules.dateLocale = "vi"
        #expect(try parse(Self.cards, rules).items.first?.published?.rfc3339 == "2019-02-13T17:00:00Z")
        rules.dateLocale = "en"
        #expect(try parse(Self.cards, rules).items.first?.published == nil)
    }

    @Test func parse_elementLinkAndImage_readHrefAndSrc() throws {
        let page = #"<ul><li><a href="tin/1.htm">Một</a><img src="/a.JPEG?w=200"></li><li><a href="javascript:void(0)">Hai</a><img src="/b.svg"></li></ul>"#
        let feed = try parse(page, HTMLRules(item: "//li", title: "a", link: "a", image: "img"))
        #expect(feed.items.map(\.link) == ["https://phuong.hanoi.gov.vn/tin/1.htm", nil])
        #expect(feed.items.map(\.enclosures) == [
            [Enclosure(url: "https://phuong.hanoi.gov.vn/a.JPEG?w=200", type: "image/jpeg")],
            [Enclosure(url: "https://phuong.hanoi.gov.vn/b.svg")],
        ])
    }

    @Test func parse_textOfBlocksAndImages_separatesTheirWords() throws {
        let page = #"<div class="card"><h3>Hội nghị<img src="/i.png">tổng kết<ul><li>năm</li></ul>2025</h3><a href="/1">xem</a></div>"#
        let feed = try parse(page, HTMLRules(item: "//div[@class='card']", title: "h3", link: "a/@href"))
        #expect(feed.items.map(\.title) == ["Hội nghị tổng kết năm 2025"])
    }

    @Test func parse_ruleMatchingNothing_leavesTheFieldOut() throws {
        let feed = try parse(Self.cards, HTMLRules(item: "//div[@class='card']", title: "h3", link: "a/@href",
                                                   date: "time", summary: "p[@class='none']", author: "span"))
        #expect(feed.items.count == 2)
        #expect(feed.items.allSatisfy { $0.published == nil && $0.summary == nil && $0.authors.isEmpty })
    }

    @Test func parse_itemRuleMatchingNothing_givesAFeedWithoutItems() throws {
        let feed = try parse(Self.cards, HTMLRules(item: "//article", title: "h3", link: "a/@href"), base: nil)
        #expect(feed.format == .html)
        #expect(feed.items.isEmpty)
        #expect(feed.link == nil)
    }

    @Test func parse_badXPath_failsNamingTheRule() throws {
        let error = #expect(throws: HTMLBridgeError.self) {
            try parse(Self.cards, HTMLRules(item: "//div[@class='card']", title: "h3[", link: "a/@href"))
        }
        #expect(error?.description == "parse: html rule 'title': libxml2 cannot compile the XPath 'h3['")
    }

    @Test func parse_unknownFunction_failsWhenEvaluated() throws {
        let error = #expect(throws: HTMLBridgeError.self) {
            try parse(Self.cards, HTMLRules(item: "//div[@class='card']", title: "h3", link: "lookup(a)"))
        }
        #expect(error?.description == "parse: html rule 'link': evaluating the XPath 'lookup(a)' failed")
    }

    @Test func parse_emptyPage_isAnEmptyDocument() throws {
        #expect(throws: ParseError.empty) { try parse(" \n ", HTMLRules(item: "//li", title: "a", link: "a/@href")) }
    }

    @Test func parse_maxItems_boundsTheItems() throws {
        let page = "<ul>" + (1...50).map { "<li><a href=\"/\($0)\">Tin \($0)</a></li>" }.joined() + "</ul>"
        let options = ParseOptions(maxItems: 7, htmlRules: HTMLRules(item: "//li", title: "a", link: "a/@href"))
        #expect(try FeedParser(options: options).parse(Array(page.utf8)).items.count == 7)
    }

    @Test func parse_categoriesAndAuthor_areTrimmedText() throws {
        let page = #"<div class="n"><a href="/x">X</a><span class="by"> Ban biên tập </span><i>Văn hóa</i><i> </i><i>Xã hội</i></div>"#
        let feed = try parse(page, HTMLRules(item: "//div", title: "a", link: "a/@href", author: "span", category: "i"))
        #expect(feed.items.first?.authors == [Person(name: "Ban biên tập")])
        #expect(feed.items.first?.categories == ["Văn hóa", "Xã hội"])
    }

    @Test func parse_samePresetOnManyPagesAtOnce_givesTheSameFeeds() async throws {
        let rules = HTMLRules(item: "//div[@class='card']", title: "h3", link: "a/@href", date: "p[@class='d']")
        let expected = try parse(Self.cards, rules)
        let feeds = try await withThrowingTaskGroup(of: Feed.self) { group in
            for _ in 0..<8 { group.addTask { try self.parse(Self.cards, rules) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(feeds.count == 8)
        #expect(feeds.allSatisfy { $0 == expected })
    }
}

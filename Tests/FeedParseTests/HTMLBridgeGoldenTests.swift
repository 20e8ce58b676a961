import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// Golden fixtures of the HTML bridge: `Fixtures/html/<name>.html` beside the expected
/// `<name>.json` (the `feedbridge parse` contract). Each page starts with
/// `<!-- Description: … -->`, then `<!-- Base: URL -->` (the page URL), `<!-- Rules: NAME -->`
/// (one of `HTMLBridgeRules.named`) and `<!-- Now: RFC 3339 -->` (the parse's now).
/// `FEEDBRIDGE_WRITE_GOLDEN=1 swift test --filter HTMLBridgeGoldenTests` writes missing
/// expectations for review; it never overwrites one.
@Suite(.offCooperativePool) struct HTMLBridgeGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted()
    }()

    @Test func fixtures_areThere() {
        #expect(Self.fixtures.count >= 11)
    }

    @Test(arguments: fixtures)
    func fixture_parsesToItsGoldenJSON(_ name: String) throws {
        let input = Self.folder.appendingPathComponent(name)
        let expectedURL = input.deletingPathExtension().appendingPathExtension("json")
        let text = try String(contentsOf: input, encoding: .isoLatin1)
        #expect(text.hasPrefix("<!-- Description: "), "\(name) must start with a Description comment")
        let rulesName = try #require(GoldenFixtureTests.header("Rules", in: text), "\(name) names no rules")
        let rules = try #require(HTMLBridgeRules.named[rulesName], "\(name): no rules named \(rulesName)")
        let now = try #require(GoldenFixtureTests.header("Now", in: text).flatMap(Self.date), "\(name) gives no Now")
        let options = ParseOptions(
            baseURL: GoldenFixtureTests.header("Base", in: text), contentType: GoldenFixtureTests.header("Content-Type", in: text),
            htmlRules: rules, now: now
        )
        let actual = try FeedParser(options: options).parse(contentsOfFile: input.path).contractJSON() + "\n"
        try GoldenFixtureTests.compare(actual, withGolden: expectedURL, fixture: name)
    }

    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}

/// The rules the fixtures and tests use: feeds.yaml's two presets (`HTMLPresetTests`
/// checks they are the shipped ones) and two more layouts.
enum HTMLBridgeRules {
    static let liferay = HTMLRules(
        item: "//div[contains(@class,'asset-abstract')]",
        title: ".//h3[contains(@class,'asset-title')]/a",
        link: ".//h3[contains(@class,'asset-title')]/a/@href",
        date: ".//div[contains(@class,'assetPublishDate')]",
        dateFormat: "dd/MM/yyyy | hh:mm a",
        summary: ".//div[contains(@class,'asset-summary')]",
        image: ".//div[contains(@class,'asset-image')]//img/@src",
        nextPage: "//ul[contains(@class,'lfr-pagination-buttons')]/li[contains(@class,'next') and not(contains(@class,'disabled'))]/a/@href",
        maxPages: 3,
        article: liferayArticle
    )

    /// The `article:` rules of the liferay-news preset: Liferay's journal article page.
    static let liferayArticle = ArticleRules(
        content: "//div[contains(@class,'journal-content-article')]//div[contains(@class,'article-body')]",
        date: "//div[contains(@class,'journal-content-article')]//span[contains(@class,'publish-date')]",
        dateFormat: "dd/MM/yyyy | hh:mm a",
        author: "//div[contains(@class,'journal-content-article')]//span[contains(@class,'author')]",
        image: "//meta[@property='og:image']/@content"
    )

    static let list = HTMLRules(
        item: "//div[contains(@class,'news-list')]//li",
        title: "./a",
        link: "./a/@href",
        date: "./span[contains(@class,'date')]",
        dateFormat: "dd/MM/yyyy",
        nextPage: "//div[contains(@class,'paging')]/a[contains(@class,'next')]/@href"
    )

    /// A SharePoint content query web part; the id is a string expression.
    static let sharePoint = HTMLRules(
        item: "//li[contains(@class,'dfwp-item')]",
        title: ".//div[@class='link-item']/a",
        link: ".//div[@class='link-item']/a/@href",
        date: ".//div[@class='date']",
        dateFormat: "dd/MM/yyyy HH:mm",
        content: ".//div[@class='description']",
        image: ".//img/@src",
        author: ".//div[@class='author']",
        category: ".//div[@class='tags']/a",
        id: "concat('sotttt-', @data-itemid)"
    )

    /// Links and images selected as elements (their href and src are read); no date_format.
    static let generic = HTMLRules(
        item: "//article[contains(@class,'news')]",
        title: ".//h2/a",
        link: ".//h2/a",
        date: ".//time",
        summary: ".//div[@class='sapo']",
        image: ".//img"
    )

    static let named = ["liferay-news": liferay, "list-news": list, "sharepoint": sharePoint, "generic": generic]
}

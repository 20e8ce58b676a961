import FeedBridgeTestSupport
import FeedConfig
import FeedModel
import Foundation
import Testing

/// `next_page`, `max_pages` and `article:` in presets, sources and rules files.
@Suite(.offCooperativePool) struct HTMLRulesPagesConfigTests {
    static let presets = minimalCity + """
        presets:
          portal:
            item: "//article"
            title: ".//h2"
            link: ".//h2/a/@href"
            next_page: "//a[@rel='next']/@href"
            max_pages: 3
            article:
              content: "//div[@class='body']"
              date: "//span[@class='date']"
              date_format: "dd/MM/yyyy HH:mm"
              author: "//span[@class='author']"
              image: "//meta[@property='og:image']/@content"

        """

    @Test func load_presetWithPagesAndArticle_readsThem() throws {
        let config = try ConfigFile(Self.presets + """
            sources:
              - {id: a, url: "https://a.example/", html: portal}
            """).load()
        let expected = HTMLRules(
            item: "//article", title: ".//h2", link: ".//h2/a/@href", nextPage: "//a[@rel='next']/@href", maxPages: 3,
            article: ArticleRules(
                content: "//div[@class='body']", date: "//span[@class='date']", dateFormat: "dd/MM/yyyy HH:mm",
                author: "//span[@class='author']", image: "//meta[@property='og:image']/@content"
            )
        )
        #expect(config.presets["portal"] == expected)
        #expect(config.sources.first?.html == expected)
    }

    @Test func load_sourceOverrides_replaceSingleArticleRulesAndMaxPages() throws {
        let config = try ConfigFile(Self.presets + """
            sources:
              - id: a
                url: https://a.example/
                html: {preset: portal, max_pages: 1, article: {author: "//p[@class='by']"}}
            """).load()
        let rules = try #require(config.sources.first?.html)
        #expect(rules.maxPages == 1)
        #expect(rules.nextPage == "//a[@rel='next']/@href")
        #expect(rules.article == ArticleRules(
            content: "//div[@class='body']", date: "//span[@class='date']", dateFormat: "dd/MM/yyyy HH:mm",
            author: "//p[@class='by']", image: "//meta[@property='og:image']/@content"
        ))
    }

    @Test func load_badPageAndArticleRules_areReportedWithLineAndColumn() throws {
        let lines = try ConfigFile(minimalCity + """
            sources:
              - id: a
                url: https://a.example/
                html:
                  item: "//li"
                  title: a
                  link: a/@href
                  next_page: "//a[@class='next'"
                  max_pages: 0
                  article:
                    content: "//div["
                    date_format: "dd/yyyy"
                    autor: "//span"
            """).errorLines()
        #expect(lines == [
            "feeds.yaml:11:18: bad XPath '//a[@class='next'' for 'next_page': libxml2 cannot compile it",
            "feeds.yaml:12:18: 'max_pages' must be at least 1, found 0",
            "feeds.yaml:14:18: bad XPath '//div[' for 'article.content': libxml2 cannot compile it",
            "feeds.yaml:15:22: bad date_format 'dd/yyyy': it needs at least a month (MM, M or MMM)",
            "feeds.yaml:16:9: unknown key 'autor' in article; did you mean 'author'?",
        ])
    }

    @Test func load_articleWithoutRules_isReported() throws {
        let lines = try ConfigFile(minimalCity + """
            sources:
              - {id: a, url: "https://a.example/", html: {item: "//li", title: a, link: a/@href, max_pages: two, article: {}}}
            """).errorLines()
        #expect(lines == [
            "feeds.yaml:5:97: 'max_pages' must be a whole number, found 'two'",
            "feeds.yaml:5:111: 'article' needs at least one of content, date, date_format, author, image",
        ])
    }

    @Test func loadHTMLRules_rulesFileWithPages_givesThem() throws {
        let rules = try ConfigLoader.loadHTMLRules(yaml: """
            item: "//li"
            title: "./a"
            link: "./a/@href"
            next_page: "//a[contains(., 'Trang sau')]/@href"
            max_pages: 5
            article: {content: "//div[@id='noi-dung']"}
            """, file: "rules.yaml")
        #expect(rules == HTMLRules(
            item: "//li", title: "./a", link: "./a/@href", nextPage: "//a[contains(., 'Trang sau')]/@href", maxPages: 5,
            article: ArticleRules(content: "//div[@id='noi-dung']")
        ))
    }
}

import FeedBridgeTestSupport
import FeedConfig
import FeedModel
import Foundation
import Testing

/// The HTML rule keys beyond item/title/link/date/summary/image, and rules files.
@Suite(.offCooperativePool) struct HTMLRulesConfigTests {
    @Test func load_presetWithEveryRule_readsThemAll() throws {
        let config = try ConfigFile(minimalCity + """
            presets:
              portal:
                item: "//article"
                title: ".//h2"
                link: ".//h2/a/@href"
                date: ".//time"
                date_format: "dd MMM yyyy"
                date_locale: vi
                summary: ".//p[@class='sapo']"
                content: ".//div[@class='body']"
                image: ".//img/@src"
                author: ".//span[@class='author']"
                category: ".//a[@rel='tag']"
                id: "string(@data-id)"
            sources:
              - {id: a, url: "https://a.example/", html: {preset: portal, date_locale: en, author: ".//em"}}
            """).load()
        #expect(config.presets["portal"] == HTMLRules(
            item: "//article", title: ".//h2", link: ".//h2/a/@href", date: ".//time", dateFormat: "dd MMM yyyy",
            dateLocale: "vi", summary: ".//p[@class='sapo']", content: ".//div[@class='body']", image: ".//img/@src",
            author: ".//span[@class='author']", category: ".//a[@rel='tag']", id: "string(@data-id)"
        ))
        let source = try #require(config.sources.first?.html)
        #expect(source.dateLocale == "en")
        #expect(source.author == ".//em")
        #expect(source.content == ".//div[@class='body']")
    }

    @Test func load_badNewRules_areReportedWithLineAndColumn() throws {
        let lines = try ConfigFile(minimalCity + """
            sources:
              - id: a
                url: https://a.example/
                html: {item: "//li", title: "a", link: "a/@href", date_locale: fr, category: "a[", autor: "b"}
            """).errorLines()
        #expect(lines == [
            "feeds.yaml:7:68: bad date_locale 'fr': expected vi or en",
            "feeds.yaml:7:82: bad XPath 'a[' for 'category': libxml2 cannot compile it",
            "feeds.yaml:7:88: unknown key 'autor' in html; did you mean 'author'?",
        ])
    }

    @Test func loadHTMLRules_inlineRules_giveTheRules() throws {
        let rules = try ConfigLoader.loadHTMLRules(yaml: """
            item: "//li"
            title: "./a"
            link: "./a/@href"
            content: "./div"
            """, file: "rules.yaml")
        #expect(rules == HTMLRules(item: "//li", title: "./a", link: "./a/@href", content: "./div"))
    }

    @Test func loadHTMLRules_presetOverride_usesTheGivenPresets() throws {
        let base = HTMLRules(item: "//li", title: "./a", link: "./a/@href")
        let rules = try ConfigLoader.loadHTMLRules(yaml: "{preset: news, id: \"@id\"}", file: "rules.yaml", presets: ["news": base])
        #expect(rules == HTMLRules(item: "//li", title: "./a", link: "./a/@href", id: "@id"))
    }

    @Test func loadHTMLRules_mistakes_areReportedWithTheFileName() throws {
        let error = #expect(throws: ConfigError.self) {
            try ConfigLoader.loadHTMLRules(yaml: "item: \"//li\"\nlink: a/@href\ntitl: a\n", file: "rules.yaml")
        }
        #expect(error?.description == """
            rules.yaml:1:1: missing required key 'title' in html
            rules.yaml:3:1: unknown key 'titl' in html; did you mean 'title'?
            """)
    }
}

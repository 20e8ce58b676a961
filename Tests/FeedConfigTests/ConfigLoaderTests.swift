import FeedBridgeTestSupport
import FeedConfig
import FeedModel
import Foundation
import Testing

/// The DESIGN.md example, with real URLs.
let designExample = """
    city:                      # the merged feed's own identity
      title: "Hà Nội — Tin tức tổng hợp"
      link: https://hanoi.gov.vn/
      id: tag:hanoi.gov.vn,2025:city-feed
      language: vi
      timezone: Asia/Ho_Chi_Minh
    output: {dir: output, items: 500, formats: [atom, rss, json, html, opml]}
    server: {listen: "127.0.0.1:8080", cors: "*"}
    store: sqlite:state/feedbridge.sqlite
    fetch: {interval: 15m, concurrency: 32, per_host: 4, timeout: 30s, max_bytes: 20MB}
    presets:
      liferay-news:
        item: "//div[contains(@class,'asset-abstract')]"
        title: ".//h3[contains(@class,'asset-title')]/a"
        link: ".//h3[contains(@class,'asset-title')]/a/@href"
        date: ".//div[contains(@class,'assetPublishDate')]"
        date_format: "dd/MM/yyyy | hh:mm a"
        summary: ".//div[contains(@class,'asset-summary')]"
        image: ".//div[contains(@class,'asset-image')]//img/@src"
    sources:
      - id: hanoi
        name: Cổng thông tin điện tử Hà Nội
        level: city
        url: https://hanoi.gov.vn/rss
        priority: 100
      - id: ba-dinh
        name: Phường Ba Đình
        level: ward
        parent: hanoi
        url: https://badinh.hanoi.gov.vn/tin-tuc
        html: liferay-news
        interval: 30m
        exclude: ["(?i)lịch tiếp công dân"]

    """

@Suite(.offCooperativePool) struct ConfigLoaderTests {
    @Test func load_designExample_readsEveryValue() throws {
        let config = try ConfigFile(designExample).load()
        #expect(config.city.title == "Hà Nội — Tin tức tổng hợp")
        #expect(config.city.link.absoluteString == "https://hanoi.gov.vn/")
        #expect(config.city.id == "tag:hanoi.gov.vn,2025:city-feed")
        #expect(config.city.language == "vi")
        #expect(config.city.timezone.identifier == "Asia/Ho_Chi_Minh")
        #expect(config.output.dir == "output")
        #expect(config.output.items == 500)
        #expect(config.output.unitItems == 50)
        #expect(config.output.formats == [.atom, .rss, .json, .html, .opml])
        #expect(config.server.listen == ListenAddress(host: "127.0.0.1", port: 8080))
        #expect(config.server.cors == .any)
        #expect(config.store == .sqlite(path: "state/feedbridge.sqlite"))
        #expect(config.publicBaseURL == "http://127.0.0.1:8080/")
        #expect(config.retention.maxAge == .seconds(180 * 86400))
        #expect(config.retention.maxItemsPerSource == 2000)
        #expect(config.fetch.interval == .seconds(900))
        #expect(config.fetch.concurrency == 32)
        #expect(config.fetch.perHost == 4)
        #expect(config.fetch.timeout == .seconds(30))
        #expect(config.fetch.maxBytes == 20 * 1024 * 1024)
        let liferay = HTMLRules(
            item: "//div[contains(@class,'asset-abstract')]",
            title: ".//h3[contains(@class,'asset-title')]/a",
            link: ".//h3[contains(@class,'asset-title')]/a/@href",
            date: ".//div[contains(@class,'assetPublishDate')]",
            dateFormat: "dd/MM/yyyy | hh:mm a",
            summary: ".//div[contains(@class,'asset-summary')]",
            image: ".//div[contains(@class,'asset-image')]//img/@src"
        )
        #expect(config.presets == ["liferay-news": liferay])
        #expect(config.sources.map(\.id) == ["hanoi", "ba-dinh"])

        let hanoi = config.sources[0]
        #expect(hanoi.name == "Cổng thông tin điện tử Hà Nội")
        #expect(hanoi.level == .city)
        #expect(hanoi.parent == nil)
        #expect(hanoi.url.absoluteString == "https://hanoi.gov.vn/rss")
        #expect(hanoi.priority == 100)
        #expect(hanoi.html == nil)

        let baDinh = config.sources[1]
        #expect(baDinh.name == "Phường Ba Đình")
        #expect(baDinh.level == .ward)
        #expect(baDinh.parent == "hanoi")
        #expect(baDinh.priority == 20)
        #expect(baDinh.html == liferay)
        #expect(baDinh.preset == "liferay-news")
        #expect(baDinh.interval == .seconds(1800))
        #expect(baDinh.timeout == .seconds(30))
        #expect(baDinh.exclude == ["(?i)lịch tiếp công dân"])
        #expect(baDinh.include == [])
    }

    @Test func load_cityAndOneSource_getsTheDefaults() throws {
        let config = try ConfigFile(minimalCity + """
            sources:
              - id: hanoi
                url: https://hanoi.gov.vn/rss
            """).load()
        #expect(config.city.id == "https://hanoi.gov.vn/")
        #expect(config.city.language == "vi")
        #expect(config.city.timezone.identifier == "Asia/Ho_Chi_Minh")
        #expect(config.output.dir == "output")
        #expect(config.output.items == 500)
        #expect(config.output.formats == [.atom, .rss, .json, .html, .opml])
        #expect(config.server.listen == ListenAddress(host: "127.0.0.1", port: 8080))
        #expect(config.server.cors == nil)
        #expect(config.store == .sqlite(path: "state/feedbridge.sqlite"))
        #expect(config.fetch.interval == .seconds(900))
        #expect(config.fetch.concurrency == 32)
        #expect(config.fetch.perHost == 4)
        #expect(config.fetch.timeout == .seconds(30))
        #expect(config.fetch.maxBytes == 20 << 20)
        #expect(config.fetch.userAgent == nil)
        #expect(config.fetch.contact == nil)
        #expect(config.presets.isEmpty)
        let source = try #require(config.sources.first)
        #expect(source.name == "hanoi")
        #expect(source.level == .agency)
        #expect(source.priority == 50)
        #expect(source.interval == .seconds(900))
        #expect(source.timeout == .seconds(30))
        #expect(source.timezone.identifier == "Asia/Ho_Chi_Minh")
        #expect(source.tlsVerify)
        #expect(source.enabled)
        #expect(source.html == nil)
    }

    @Test func load_sourceValues_overrideFetchAndCityDefaults() throws {
        let config = try ConfigFile(minimalCity + """
            fetch: {interval: 1h, timeout: 10s}
            sources:
              - id: slow
                url: https://slow.example/rss
                interval: 1h30m
                timeout: 45s
                timezone: Asia/Bangkok
                tls_verify: false
                enabled: no
                include: "(?i)thông báo"
              - id: plain
                url: http://plain.example/feed
            """).load()
        let slow = config.sources[0]
        #expect(slow.interval == .seconds(5400))
        #expect(slow.timeout == .seconds(45))
        #expect(slow.timezone.identifier == "Asia/Bangkok")
        #expect(!slow.tlsVerify)
        #expect(!slow.enabled)
        #expect(slow.include == ["(?i)thông báo"])
        let plain = config.sources[1]
        #expect(plain.interval == .seconds(3600))
        #expect(plain.timeout == .seconds(10))
        #expect(plain.timezone.identifier == "Asia/Ho_Chi_Minh")
    }

    @Test func load_linkIDAndSite_areReadAsRulesAndURLs() throws {
        let config = try ConfigFile(minimalCity + """
            sources:
              - id: yen-hoa
                url: https://yenhoa.hanoi.gov.vn/tin-tuc
                site: https://yenhoa.hanoi.gov.vn/
                link_id: liferay
              - id: agency
                url: https://agency.example/rss
                link_id: "/bai-viet/([0-9]+)"
              - id: plain
                url: https://plain.example/rss
            """).load()
        let (liferay, own, plain) = (config.sources[0], config.sources[1], config.sources[2])
        #expect(liferay.site?.absoluteString == "https://yenhoa.hanoi.gov.vn/")
        #expect(liferay.linkID?.id(in: "https://yenhoa.hanoi.gov.vn/-/view_content/4418033-khai-mac.html") == "liferay:4418033")
        #expect(own.linkID?.id(in: "https://agency.example/bai-viet/77-tin") == "re:77")
        #expect(own.linkID?.id(in: "https://agency.example/trang/77") == nil)
        #expect(plain.linkID == nil && plain.site == nil)
    }

    @Test func load_retentionPublicURLAndUnitItems_areRead() throws {
        let config = try ConfigFile("""
            city: {title: Hà Nội, link: https://hanoi.gov.vn/}
            output: {url: "https://feeds.hanoi.gov.vn/city", unit_items: 20}
            retention: {max_age: 30d, per_source: 400}
            sources:
              - id: hanoi
                url: https://hanoi.gov.vn/rss
            """).load()
        #expect(config.publicBaseURL == "https://feeds.hanoi.gov.vn/city/")
        #expect(config.output.unitItems == 20)
        #expect(config.retention.maxAge == .seconds(30 * 86400))
        #expect(config.retention.maxItemsPerSource == 400)
    }

    @Test func load_presetWithOverrides_replacesOnlyTheGivenRules() throws {
        let config = try ConfigFile(minimalCity + """
            presets:
              news: {item: "//li", title: ".//a", link: ".//a/@href", date: ".//time"}
            sources:
              - id: ward
                url: https://ward.example/tin-tuc
                html: {preset: news, date_format: "dd/MM/yyyy", title: ".//h3"}
              - id: inline
                url: https://inline.example/tin-tuc
                html: {item: "//article", title: "h2", link: "a/@href"}
            """).load()
        #expect(config.sources[0].preset == "news")
        #expect(config.sources[0].html == HTMLRules(
            item: "//li", title: ".//h3", link: ".//a/@href", date: ".//time", dateFormat: "dd/MM/yyyy"
        ))
        #expect(config.sources[1].preset == nil)
        #expect(config.sources[1].html == HTMLRules(item: "//article", title: "h2", link: "a/@href"))
    }

    @Test func load_missingFile_reportsItAtTheStart() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).yaml").path
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: path) }
        do {
            _ = try ConfigLoader.load(path: path)
        } catch {
            #expect(error.description.hasPrefix("\(path):1:1: cannot read the file"))
        }
    }
}

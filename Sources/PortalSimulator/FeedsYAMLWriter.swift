import Foundation

/// Writes a ready `feeds.yaml` (the format of DESIGN.md) for the simulated portals.
struct FeedsYAMLWriter {
    let portals: [SimulatedPortal]
    let base: String
    let configuration: SimulatorConfiguration

    func yaml() -> String {
        var out = """
        # feeds.yaml: the portals FeedBridge aggregates, and where the merged city feed goes.
        # This one is the simulated city, \(portals.count) portals served on \(base) by
        #   feedbridge simulate --seed \(configuration.seed) --units \(configuration.units.rawValue)\(configuration.sourceCount.map { " --sources \($0)" } ?? "")
        # (`feedbridge demo` starts it). Check the file with `feedbridge check`; see what a
        # source gives with `feedbridge check --probe ID`.
        #
        # To add a real portal, append a source under `sources:`:
        #   - id: ba-dinh                    # unique; also its sub-feed, units/ba-dinh.atom
        #     name: "Phường Ba Đình"
        #     level: ward                    # city | district | ward | commune | agency
        #     parent: hanoi
        #     url: https://badinh.hanoi.gov.vn/tin-tuc
        #     html: liferay-news             # no feed: read the listing page with a preset (or inline rules)
        #     interval: 30m                  # optional, default fetch.interval
        #     exclude: ["(?i)lịch tiếp công dân"]   # optional: drop items whose title or summary matches
        # A portal with a feed needs only id, name and url: RSS, Atom and JSON Feed are detected.
        city:
          title: "Hà Nội — Tin tức tổng hợp"
          link: \(base)/hanoi/
          id: tag:hanoi.gov.vn,2025:city-feed
          language: vi
          timezone: Asia/Ho_Chi_Minh
        output: {dir: output, items: 500, formats: [atom, rss, json, html, opml]}
        server: {listen: "127.0.0.1:8080", cors: "*"}   # cors: any web page may read the feeds (or a list of origins)
        store: sqlite:state/feedbridge.sqlite
        fetch: {interval: 15m, concurrency: 32, per_host: 4, timeout: 30s, max_bytes: 20MB}
        presets:               # XPath 1.0 rules shared by the portals of one CMS template; a source
                               # uses one with `html: NAME`, or `html: {preset: NAME, date: "…"}` to replace rules
          liferay-news:        # Liferay 6.2 asset publisher ("Ngày đăng 14/02/2019 | 5:27 PM | View count: 459")
            item: "//div[contains(@class,'asset-abstract')]"          # one element per news item in the page
            title: ".//h3[contains(@class,'asset-title')]/a"          # the other item rules start at the item (.//)
            link: ".//h3[contains(@class,'asset-title')]/a/@href"     # made absolute against the page URL
            date: ".//div[contains(@class,'assetPublishDate')]"       # the words around the date are ignored
            date_format: "dd/MM/yyyy | hh:mm a"                        # yyyy MM dd HH hh mm a; in the source's timezone
            summary: ".//div[contains(@class,'asset-summary')]"       # inner HTML, sanitized
            image: ".//div[contains(@class,'asset-image')]//img/@src"
            # the pager's "Sau" (next) button, evaluated on the whole page; a last page has none
            next_page: "//ul[contains(@class,'lfr-pagination-buttons')]/li[contains(@class,'next') and not(contains(@class,'disabled'))]/a/@href"
            max_pages: 3       # listing pages read when a source is first seen (1 when absent)
            article:           # rules on each new item's own page, fetched once: full text, exact date, author
              content: "//div[contains(@class,'journal-content-article')]//div[contains(@class,'article-body')]"
              date: "//div[contains(@class,'journal-content-article')]//span[contains(@class,'publish-date')]"
              date_format: "dd/MM/yyyy | hh:mm a"
              author: "//div[contains(@class,'journal-content-article')]//span[contains(@class,'author')]"  # "Tác giả:" is dropped
              image: "//meta[@property='og:image']/@content"
          list-news:           # a plain ul/li list with span.date "(14/02/2019)"
            item: "//div[contains(@class,'news-list')]//li"
            title: "./a"
            link: "./a/@href"
            date: "./span[contains(@class,'date')]"
            date_format: "dd/MM/yyyy"                                  # no time: the day is what the list shows
            next_page: "//div[contains(@class,'paging')]/a[contains(@class,'next')]/@href"   # "Trang sau"
        sources:

        """
        for portal in portals {
            out += "  - id: \(portal.id)\n"
            out += "    name: \(Self.quoted(portal.name))\n"
            out += "    level: \(portal.level.rawValue)\n"
            if let parent = portal.parent { out += "    parent: \(parent)\n" }
            out += "    url: \(portal.url(base: base))"
            if let fault = portal.behaviour.fault { out += "    # simulated fault: \(fault)" }
            if portal.behaviour.delay != nil { out += "    # simulated: slow" }
            out += "\n    site: \(base)\(portal.homePath)\n"
            out += "    priority: \(portal.level.priority)\n"
            if let preset = portal.format.preset { out += "    html: \(preset)\n" }
        }
        return out
    }

    /// The source URLs, one per line.
    func urls() -> String {
        portals.map { $0.url(base: base) + "\n" }.joined()
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import Foundation

/// Writes a ready `feeds.yaml` (the format of DESIGN.md) for the simulated portals.
struct FeedsYAMLWriter {
    let portals: [SimulatedPortal]
    let base: String
    let configuration: SimulatorConfiguration

    func yaml() -> String {
        var out = """
        # feeds.yaml for the simulated city: \(portals.count) portals served by
        #   feedbridge simulate --seed \(configuration.seed) --units \(configuration.units.rawValue)\(configuration.sourceCount.map { " --sources \($0)" } ?? "")
        # on \(base). Each source is one portal; `html:` sources have no feed and are read
        # from their listing page with a preset's XPath rules. To add a real portal, append
        # a source with its own id, name, level, parent and url.
        city:
          title: "Hà Nội — Tin tức tổng hợp"
          link: \(base)/hanoi/
          id: tag:hanoi.gov.vn,2025:city-feed
          language: vi
          timezone: Asia/Ho_Chi_Minh
        output: {dir: output, items: 500, formats: [atom, rss, json, html, opml], archives: monthly}
        server: {listen: "127.0.0.1:8080", cors: "*"}
        store: sqlite:state/feedbridge.sqlite
        fetch: {interval: 15m, concurrency: 32, per_host: 4, timeout: 30s, max_bytes: 20MB}
        presets:
          liferay-news:        # Liferay 6.2 asset publisher ("Ngày đăng 14/02/2019 | 5:27 PM | View count: 459")
            item: "//div[contains(@class,'asset-abstract')]"
            title: ".//h3[contains(@class,'asset-title')]/a"
            link: ".//h3[contains(@class,'asset-title')]/a/@href"
            date: ".//div[contains(@class,'assetPublishDate')]"
            date_format: "dd/MM/yyyy | hh:mm a"
            summary: ".//div[contains(@class,'asset-summary')]"
            image: ".//div[contains(@class,'asset-image')]//img/@src"
          list-news:           # a plain ul/li list with span.date "(14/02/2019)"
            item: "//div[contains(@class,'news-list')]//li"
            title: "./a"
            link: "./a/@href"
            date: "./span[contains(@class,'date')]"
            date_format: "dd/MM/yyyy"
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
            out += "\n    priority: \(portal.level.priority)\n"
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

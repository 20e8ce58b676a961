import FeedModel
import Foundation
import Yams

/// The top-level sections of feeds.yaml other than `sources:`.
extension ConfigReader {
    static let topLevelKeys = ["city", "output", "server", "store", "retention", "fetch", "presets", "sources", "websub"]

    /// `city:` (title and link required).
    func city(_ node: Node?, root: Node) -> Configuration.City? {
        guard let node else {
            report(root, "missing required key 'city' in the file")
            return nil
        }
        let keys = ["title", "link", "id", "language", "timezone"]
        guard let fields = fields(node, in: "city", allowed: keys) else { return nil }
        let title = requireKey("title", in: fields, of: node, context: "city").flatMap { string($0, "title") }
        let link = requireKey("link", in: fields, of: node, context: "city").flatMap { url($0, "link") }
        let id = fields["id"].flatMap { string($0, "id") }
        let language = fields["language"].flatMap { string($0, "language") } ?? "vi"
        let zone = fields["timezone"].flatMap { timeZone($0, "timezone") }
        guard let title, let link else { return nil }
        return .init(
            title: title, link: link, id: id ?? link.absoluteString, language: language,
            timezone: zone ?? Configuration.defaultTimeZone
        )
    }

    /// `output:`.
    func output(_ node: Node?) -> Configuration.Output {
        var output = Configuration.Output(dir: "output", items: 500, formats: PublishFormat.allCases, url: nil)
        let keys = ["dir", "items", "unit_items", "formats", "archives", "url"]
        guard let node, let fields = fields(node, in: "output", allowed: keys) else { return output }
        output.url = fields["url"].flatMap { url($0, "url") }
        if let dir = fields["dir"].flatMap({ string($0, "dir") }) { output.dir = dir }
        if let items = fields["items"].flatMap({ int($0, "items", minimum: 1) }) { output.items = items }
        if let items = fields["unit_items"].flatMap({ int($0, "unit_items", minimum: 1) }) { output.unitItems = items }
        if let node = fields["formats"], let names = strings(node, "formats") {
            output.formats = zip(names, items(of: node)).compactMap { choice($1, "formats", PublishFormat.self) }
        }
        if let archives = fields["archives"].flatMap({ choice($0, "archives", Configuration.Output.Archives.self) }) {
            output.archives = archives
        }
        return output
    }

    /// `websub:`: `hubs` (http or https URLs). `builtin: true` is refused: the built-in hub
    /// is not written yet.
    func websub(_ node: Node?) -> Configuration.WebSub {
        var websub = Configuration.WebSub()
        guard let node, let fields = fields(node, in: "websub", allowed: ["hubs", "builtin"]) else { return websub }
        if let hubs = fields["hubs"], strings(hubs, "hubs") != nil {
            websub.hubs = items(of: hubs).compactMap { url($0, "hubs") }
        }
        if let builtin = fields["builtin"], bool(builtin, "builtin") == true {
            report(builtin, "'builtin: true' is not supported yet: FeedBridge has no built-in WebSub hub; name an external hub in 'hubs'")
        }
        return websub
    }

    /// `server:`.
    func server(_ node: Node?) -> Configuration.Server {
        var server = Configuration.Server(listen: .default, cors: nil, cacheMaxAge: .seconds(60), metricsAllow: AddressRange.loopback)
        let keys = ["listen", "cors", "cache_max_age", "metrics_allow"]
        guard let node, let fields = fields(node, in: "server", allowed: keys) else { return server }
        if let node = fields["listen"], let listen = string(node, "listen") {
            if let address = ListenAddress(listen) {
                server.listen = address
            } else {
                report(node, "bad listen address '\(listen)': expected host:port, e.g. 127.0.0.1:8080 or [::1]:8080")
            }
        }
        server.cors = fields["cors"].flatMap { allowedOrigins($0) }
        if let value = fields["cache_max_age"].flatMap({ duration($0, "cache_max_age") }) { server.cacheMaxAge = value }
        if let node = fields["metrics_allow"], let ranges = addressRanges(node) { server.metricsAllow = ranges }
        return server
    }

    /// `metrics_allow:`, a list of CIDR blocks (`127.0.0.0/8`, `10.0.0.5`, `::1/128`);
    /// an empty list lets no one read `/metrics`.
    private func addressRanges(_ node: Node) -> [AddressRange]? {
        guard let texts = strings(node, "metrics_allow") else { return nil }
        var ranges: [AddressRange] = []
        for (text, item) in zip(texts, items(of: node)) {
            guard let range = AddressRange(text) else {
                report(item, "bad address block '\(text)' in 'metrics_allow': expected an IP address or CIDR block like 127.0.0.0/8 or ::1/128")
                continue
            }
            ranges.append(range)
        }
        return ranges.count == texts.count ? ranges : nil
    }

    /// `cors:`, `"*"` or a list of origins (`scheme://host[:port]`, no path); an empty
    /// list would allow nothing, so it is refused (leave `cors` out instead).
    private func allowedOrigins(_ node: Node) -> AllowedOrigins? {
        if case let .scalar(scalar) = node, scalar.string == "*" { return .any }
        guard let texts = strings(node, "cors") else { return nil }
        guard !texts.isEmpty else {
            report(node, "empty 'cors': expected \"*\" or a list of origins; leave the key out to send no CORS headers")
            return nil
        }
        var origins: [String] = []
        for (text, item) in zip(texts, items(of: node)) {
            guard let origin = Self.origin(text) else {
                report(item, "bad origin '\(text)' in 'cors': expected \"*\" or origins like https://hanoi.gov.vn (scheme, host and port, no path)")
                continue
            }
            origins.append(origin)
        }
        return origins.count == texts.count ? .only(origins) : nil
    }

    /// An origin as browsers send it (lowercase `scheme://host[:port]`), or nil.
    private static func origin(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty, url.path.isEmpty, url.query == nil, url.fragment == nil,
              url.user == nil else { return nil }
        return text.lowercased()
    }

    /// `store:`, a ``StoreLocation``.
    func store(_ node: Node?) -> StoreLocation {
        guard let node, let text = string(node, "store") else { return .default }
        guard let location = StoreLocation(text) else {
            report(node, "bad store '\(text)': expected sqlite:PATH, e.g. \(StoreLocation.default)")
            return .default
        }
        return location
    }

    /// `retention:`: how long items stay in the store.
    func retention(_ node: Node?) -> Configuration.Retention {
        var retention = Configuration.Retention(maxAge: .seconds(180 * 86400), maxItemsPerSource: 2000)
        guard let node, let fields = fields(node, in: "retention", allowed: ["max_age", "per_source"])
        else { return retention }
        if let value = fields["max_age"].flatMap({ duration($0, "max_age") }) { retention.maxAge = value }
        if let value = fields["per_source"].flatMap({ int($0, "per_source", minimum: 1) }) {
            retention.maxItemsPerSource = value
        }
        return retention
    }

    /// `fetch:`.
    func fetch(_ node: Node?) -> Configuration.Fetch {
        var fetch = Configuration.Fetch(
            interval: .seconds(15 * 60), concurrency: 32, perHost: 4, timeout: .seconds(30),
            maxBytes: 20 << 20, userAgent: nil, contact: nil
        )
        let keys = ["interval", "concurrency", "per_host", "timeout", "max_bytes", "user_agent", "contact"]
        guard let node, let fields = fields(node, in: "fetch", allowed: keys) else { return fetch }
        if let value = fields["interval"].flatMap({ duration($0, "interval") }) { fetch.interval = value }
        if let value = fields["concurrency"].flatMap({ int($0, "concurrency", minimum: 1) }) { fetch.concurrency = value }
        if let value = fields["per_host"].flatMap({ int($0, "per_host", minimum: 1) }) { fetch.perHost = value }
        if let value = fields["timeout"].flatMap({ duration($0, "timeout") }) { fetch.timeout = value }
        if let value = fields["max_bytes"].flatMap({ size($0, "max_bytes") }) { fetch.maxBytes = value }
        if let value = fields["user_agent"].flatMap({ string($0, "user_agent") }) { fetch.userAgent = value }
        fetch.contact = fields["contact"].flatMap { url($0, "contact") }
        return fetch
    }
}

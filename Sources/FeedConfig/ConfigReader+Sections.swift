import Foundation
import Yams

/// The top-level sections of feeds.yaml other than `sources:`.
extension ConfigReader {
    static let topLevelKeys = ["city", "output", "server", "store", "retention", "fetch", "presets", "sources"]

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
        var output = Configuration.Output(
            dir: "output", items: 500, formats: Configuration.Output.Format.allCases, archives: .monthly, url: nil
        )
        let keys = ["dir", "items", "formats", "archives", "url"]
        guard let node, let fields = fields(node, in: "output", allowed: keys) else { return output }
        output.url = fields["url"].flatMap { url($0, "url") }
        if let dir = fields["dir"].flatMap({ string($0, "dir") }) { output.dir = dir }
        if let items = fields["items"].flatMap({ int($0, "items", minimum: 1) }) { output.items = items }
        if let node = fields["formats"], let names = strings(node, "formats") {
            let items: [Node] = if case let .sequence(sequence) = node { Array(sequence) } else { [node] }
            output.formats = zip(names, items).compactMap { choice($1, "formats", Configuration.Output.Format.self) }
        }
        if let archives = fields["archives"].flatMap({ choice($0, "archives", Configuration.Output.Archives.self) }) {
            output.archives = archives
        }
        return output
    }

    /// `server:`.
    func server(_ node: Node?) -> Configuration.Server {
        var server = Configuration.Server(listen: "127.0.0.1:8080", cors: nil)
        guard let node, let fields = fields(node, in: "server", allowed: ["listen", "cors"]) else { return server }
        if let node = fields["listen"], let listen = string(node, "listen") {
            if let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
               (0...65535).contains(port), colon != listen.startIndex {
                server.listen = listen
            } else {
                report(node, "bad listen address '\(listen)': expected host:port, e.g. 127.0.0.1:8080")
            }
        }
        server.cors = fields["cors"].flatMap { string($0, "cors") }
        return server
    }

    /// `store:`, an `sqlite:PATH` location.
    func store(_ node: Node?) -> String {
        guard let node, let text = string(node, "store") else { return Configuration.defaultStore }
        guard text.hasPrefix("sqlite:"), text.count > "sqlite:".count else {
            report(node, "bad store '\(text)': expected sqlite:PATH, e.g. \(Configuration.defaultStore)")
            return Configuration.defaultStore
        }
        return text
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

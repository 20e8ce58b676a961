import Foundation
import FeedMerge
import FeedModel
import Yams

/// `sources:`, read after `city`, `fetch` and `presets` whose values they inherit.
extension ConfigReader {
    static let sourceKeys = [
        "id", "name", "level", "parent", "url", "priority", "interval", "timeout", "html",
        "include", "exclude", "timezone", "tls_verify", "enabled", "link_id", "site",
    ]

    /// What a source inherits from the rest of the file.
    struct SourceDefaults {
        var fetch: Configuration.Fetch
        var timezone: TimeZone
        var presets: [String: HTMLRules]
        var presetNames: Set<String>
    }

    /// The list of sources: each checked, ids unique, parents known.
    func sources(_ node: Node?, root: Node, defaults: SourceDefaults) -> [Source] {
        guard let node else {
            report(root, "missing required key 'sources' in the file")
            return []
        }
        guard case let .sequence(sequence) = node else {
            report(node, "'sources' must be a list of sources, found \(kind(node))")
            return []
        }
        var sources: [Source] = []
        var firstLine: [String: Int] = [:]
        var parents: [(id: String, node: Node)] = []
        for item in sequence {
            guard let fields = fields(item, in: "source", allowed: Self.sourceKeys) else { continue }
            if let idNode = fields["id"], case let .scalar(scalar) = idNode {
                let id = scalar.string
                if let line = firstLine[id] {
                    report(idNode, "duplicate source id '\(id)' (first defined at line \(line))")
                } else {
                    firstLine[id] = idNode.mark?.line ?? 1
                }
            }
            if let parentNode = fields["parent"], case let .scalar(parent) = parentNode {
                parents.append((parent.string, parentNode))
            }
            if let source = source(item, fields: fields, defaults: defaults) { sources.append(source) }
        }
        for (parent, node) in parents where firstLine[parent] == nil {
            var message = "unknown parent '\(parent)': no source has this id"
            if let near = Suggestion.nearest(to: parent, among: Array(firstLine.keys)) {
                message += "; did you mean '\(near)'?"
            }
            report(node, message)
        }
        return sources
    }

    /// One source, or nil when its id or URL is missing or bad. Other bad values are
    /// reported and replaced by their defaults: a file with problems yields no configuration.
    private func source(_ node: Node, fields: [String: Node], defaults: SourceDefaults) -> Source? {
        let id = requireKey("id", in: fields, of: node, context: "source").flatMap { string($0, "id") }
        let url = requireKey("url", in: fields, of: node, context: "source").flatMap { self.url($0, "url") }
        let level = fields["level"].flatMap { choice($0, "level", Source.Level.self) } ?? .agency
        let html = fields["html"].flatMap { self.html($0, presets: defaults.presets, presetNodes: defaults.presetNames) }
        guard let id, let url else { return nil }
        return Source(
            id: id,
            name: fields["name"].flatMap { string($0, "name") } ?? id,
            level: level,
            parent: fields["parent"].flatMap { string($0, "parent") },
            url: url,
            priority: fields["priority"].flatMap { int($0, "priority", minimum: Int.min) } ?? level.defaultPriority,
            interval: fields["interval"].flatMap { duration($0, "interval") } ?? defaults.fetch.interval,
            timeout: fields["timeout"].flatMap { duration($0, "timeout") } ?? defaults.fetch.timeout,
            html: html?.0,
            preset: html?.1,
            include: fields["include"].flatMap { regexes($0, "include") } ?? [],
            exclude: fields["exclude"].flatMap { regexes($0, "exclude") } ?? [],
            timezone: fields["timezone"].flatMap { timeZone($0, "timezone") } ?? defaults.timezone,
            tlsVerify: fields["tls_verify"].flatMap { bool($0, "tls_verify") } ?? true,
            enabled: fields["enabled"].flatMap { bool($0, "enabled") } ?? true,
            linkID: fields["link_id"].flatMap { linkID($0) },
            site: fields["site"].flatMap { self.url($0, "site") }
        )
    }

    /// `link_id:`: a preset (`liferay`, `vnpt`) or a regex with one capture group.
    private func linkID(_ node: Node) -> LinkIDRule? {
        guard let text = string(node, "link_id") else { return nil }
        do {
            return try LinkIDRule(text)
        } catch {
            report(node, "\(error); presets: \(LinkIDRule.presets.keys.sorted().joined(separator: ", "))")
            return nil
        }
    }
}

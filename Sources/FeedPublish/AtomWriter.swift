import FeedModel
import Foundation
import WebText

/// Writes Atom 1.0 (RFC 4287) documents: the city feed `feed.atom` and each portal's
/// sub-feed `units/<id>.atom`.
///
/// Every entry keeps the story's id, links to the primary copy (`rel="alternate"`)
/// and to the other portals' copies (`rel="via"`), names the primary portal in
/// `<source>`, and lists every copy as `<fb:portal>` in FeedBridge's namespace.
struct AtomWriter {
    /// FeedBridge's extension namespace (provenance), shared with RSS.
    static let extensionNamespace = "https://feedbridge.example/ns/1.0"

    let publication: Publication
    let portals: PortalDirectory
    let cache = AtomEntryCache()

    /// The feed-level parts that differ between the city feed, a sub-feed and an archive.
    struct Head {
        var id: String
        var title: String
        var subtitle: String
        var selfURL: String
        var alternateURL: String
        var updated: Date
        /// The archive's month; nil for a subscribable feed (which names the WebSub hubs).
        var month: String? = nil
    }

    /// `feed.atom`: every story of the publication.
    func cityFeed() -> [UInt8] {
        let city = publication.city
        let head = Head(
            id: city.id, title: city.title,
            subtitle: "Tin tổng hợp từ \(portals.portals.count) cổng thông tin điện tử",
            selfURL: city.baseURL + PublishFormat.atom.fileName,
            alternateURL: city.baseURL + PublishFormat.html.fileName,
            updated: publication.stories.isEmpty
                ? publication.lastFetched.values.max() ?? Date(timeIntervalSince1970: 0) : publication.stories.newestUpdate
        )
        let links = publication.archives?.links(of: nil, format: .atom).relations(base: city.baseURL) ?? []
        return document(head, stories: publication.stories, links: links)
    }

    /// `units/<id>.atom`: the portal's own stories.
    func unitFeed(_ portal: PortalInfo) -> [UInt8] {
        let head = Head(
            id: portals.unitFeedID(portal.id), title: portal.name,
            subtitle: "Tin của \(portal.name) trong \(publication.city.title)",
            selfURL: portals.unitURL(portal.id), alternateURL: portal.siteURL, updated: unitUpdated(portal.id)
        )
        return document(head, stories: publication.unitStories[portal.id] ?? [])
    }

    /// A portal's sub-feed `<updated>`: its newest story's; for a portal with no story yet
    /// (or none kept), when it last answered, else when the city feed last changed, so that
    /// a reader never sees 1970. Its entries' `<source>` carries the same.
    func unitUpdated(_ portalID: String) -> Date {
        if let stories = publication.unitStories[portalID], !stories.isEmpty { return stories.newestUpdate }
        return publication.lastFetched[portalID] ?? publication.stories.newestUpdate
    }

    /// A feed document; `links` are RFC 5005's (`current`, `prev-archive`, `next-archive`),
    /// and `archive` marks a closed archive month (`fh:archive`).
    func document(_ head: Head, stories: [Story], links: [(rel: String, href: String)] = [], archive: Bool = false) -> [UInt8] {
        let xml = XMLWriter(capacity: 4_096 + stories.count * 4_096)
        xml.declaration()
        let history = links.isEmpty && !archive ? nil : Self.historyNamespace
        xml.element("feed", [
            "xmlns": "http://www.w3.org/2005/Atom", "xmlns:fb": Self.extensionNamespace, "xmlns:fh": history,
            "xml:lang": publication.city.language,
        ]) {
            xml.element("id", text: head.id)
            xml.element("title", text: head.title)
            xml.element("subtitle", text: head.subtitle)
            xml.element("updated", text: head.updated.rfc3339)
            xml.empty("link", ["rel": "self", "type": PublishFormat.atom.mediaType, "href": head.selfURL])
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": head.alternateURL])
            for link in links {
                xml.empty("link", ["rel": link.rel, "type": PublishFormat.atom.mediaType, "href": link.href])
            }
            if head.month == nil {
                for hub in publication.hubs { xml.empty("link", ["rel": "hub", "href": hub]) }
            }
            if archive { xml.empty("fh:archive") }
            xml.element("author") {
                xml.element("name", text: publication.city.title)
                xml.element("uri", text: publication.city.link)
            }
            xml.element("generator", text: publication.generator)
            for story in stories { entry(story, xml) }
        }
        return xml.finish()
    }
}

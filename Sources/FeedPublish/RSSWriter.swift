import FeedModel
import Foundation
import WebText

/// Writes `feed.rss`, RSS 2.0 with the Atom (`rel="self"`), content, Dublin Core and
/// FeedBridge namespaces.
///
/// Dates are RFC 822 in the city's zone (`+0700` for Hanoi, `GMT` in UTC); `guid` is
/// the story id (not a permalink); authors are `dc:creator` because RSS `author`
/// wants an e-mail address; `<source>` names the primary portal.
struct RSSWriter {
    let publication: Publication
    let portals: PortalDirectory

    /// `feed.rss`: the city feed, with `atom:link rel="prev-archive"` when there are archives.
    func document() -> [UInt8] {
        document(stories: publication.stories, links: publication.archives?.links(of: nil, format: .rss))
    }

    /// `archive/YYYY-MM.rss`: the stories first published in `month` (RFC 5005, as the Atom archive).
    func archiveDocument(_ month: String, archives: ArchiveSet) -> [UInt8] {
        document(stories: archives.stories[month] ?? [], links: archives.links(of: month, format: .rss))
    }

    private func document(stories: [Story], links: ArchiveLinks?) -> [UInt8] {
        let city = publication.city
        let xml = XMLWriter(capacity: 4_096 + stories.count * 4_096)
        xml.declaration()
        let relations = links?.relations(base: city.baseURL) ?? []
        xml.element("rss", [
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:fb": AtomWriter.extensionNamespace,
            "xmlns:fh": relations.isEmpty && links?.closed != true ? nil : AtomWriter.historyNamespace,
        ]) {
            xml.element("channel") {
                xml.element("title", text: links?.monthTitle.map { "\(city.title) — lưu trữ \($0)" } ?? city.title)
                xml.element("link", text: city.baseURL + PublishFormat.html.fileName)
                xml.element("description", text: "Tin tổng hợp từ \(portals.portals.count) cổng thông tin điện tử")
                xml.element("language", text: city.language)
                xml.element("lastBuildDate", text: rfc822((stories.isEmpty ? publication.stories : stories).newestUpdate))
                xml.element("generator", text: publication.generator)
                xml.element("docs", text: "https://www.rssboard.org/rss-specification")
                xml.empty("atom:link", [
                    "href": city.baseURL + (links?.selfPath ?? PublishFormat.rss.fileName), "rel": "self",
                    "type": PublishFormat.rss.mediaType,
                ])
                for relation in relations {
                    xml.empty("atom:link", ["href": relation.href, "rel": relation.rel, "type": PublishFormat.rss.mediaType])
                }
                if links?.closed == true { xml.empty("fh:archive") }
                if links?.month == nil {
                    for hub in publication.hubs { xml.empty("atom:link", ["href": hub, "rel": "hub"]) }
                }
                xml.element("ttl", text: String(publication.refreshMinutes))
                for story in stories { item(story, xml) }
            }
        }
        return xml.finish()
    }

    private func item(_ story: Story, _ xml: XMLWriter) {
        let item = story.item
        xml.element("item") {
            xml.element("title", text: story.displayTitle)
            xml.element("link", text: item.link)
            xml.element("description", text: item.summary ?? item.content)
            xml.element("content:encoded", text: item.content)
            xml.element("guid", ["isPermaLink": "false"], text: story.id)
            xml.element("pubDate", text: rfc822(story.published))
            for (name, _) in story.namedAuthors {
                xml.element("dc:creator", text: name)
            }
            for category in item.categories {
                xml.element("category", text: category)
            }
            for enclosure in item.enclosures {
                xml.empty("enclosure", [
                    "url": enclosure.url, "length": String(enclosure.length ?? 0), "type": MediaType.of(enclosure),
                ])
            }
            if let portal = portals[story.sourceID] {
                xml.element("source", ["url": portals.feedURL(portal)], text: portal.name)
            }
            for copy in story.provenance {
                xml.empty("fb:portal", [
                    "id": copy.sourceID, "name": portals.name(copy.sourceID), "href": copy.link,
                    "title": copy.title, "published": copy.published.rfc3339,
                ])
            }
        }
    }

    private func rfc822(_ date: Date) -> String {
        CivilTime(date, in: publication.city.timeZone).rfc822
    }
}

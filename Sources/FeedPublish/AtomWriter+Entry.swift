import FeedModel
import Foundation
import WebText

/// The entries an ``AtomWriter`` has written, by story id: a story appears in the city
/// feed and in the sub-feeds of its portals with the same bytes.
final class AtomEntryCache {
    var entries: [String: (story: Story, bytes: [UInt8])] = [:]
    /// The stories of the city feed, which their portals' sub-feeds repeat.
    var cityStories: Set<String>?
}

extension AtomWriter {
    /// Writes one `<entry>` (at depth 1, in `<feed>`), reusing the bytes of a story
    /// written before.
    func entry(_ story: Story, _ xml: XMLWriter) {
        if let cached = cache.entries[story.id], cached.story == story {
            xml.append(fragment: cached.bytes)
            return
        }
        let fragment = XMLWriter(capacity: 4_096, depth: 1)
        write(story, fragment)
        // Kept only for a story written again: in the city feed and its portal's sub-feed,
        // or in the sub-feeds of several portals. The others would only take memory.
        if cache.cityStories == nil { cache.cityStories = Set(publication.stories.map(\.id)) }
        if story.appearances.count > 1 || cache.cityStories?.contains(story.id) == true {
            cache.entries[story.id] = (story, fragment.bytes)
        }
        xml.append(fragment: fragment.bytes)
    }

    private func write(_ story: Story, _ xml: XMLWriter) {
        let item = story.item
        xml.element("entry") {
            xml.element("id", text: story.id)
            xml.element("title", text: story.displayTitle)
            if let link = item.link {
                xml.empty("link", ["rel": "alternate", "type": "text/html", "href": link])
            }
            for copy in viaLinks(story) {
                xml.empty("link", ["rel": "via", "type": "text/html", "href": copy.link, "title": portals.name(copy.sourceID)])
            }
            for enclosure in item.enclosures {
                xml.empty("link", [
                    "rel": "enclosure", "type": enclosure.type, "href": enclosure.url,
                    "length": enclosure.length.map(String.init),
                ])
            }
            xml.element("published", text: story.published.rfc3339)
            xml.element("updated", text: story.updated.rfc3339)
            for (name, person) in story.namedAuthors {
                xml.element("author") {
                    xml.element("name", text: name)
                    xml.element("email", text: person.email)
                    xml.element("uri", text: person.uri)
                }
            }
            for category in item.categories {
                xml.empty("category", ["term": category])
            }
            xml.element("summary", ["type": "html"], text: item.summary)
            // An entry without an alternate link must have content (RFC 4287 4.1.1.1).
            let content = item.content ?? (item.link == nil && item.summary == nil ? "" : nil)
            xml.element("content", ["type": "html"], text: content)
            source(story, xml)
            for copy in story.provenance {
                xml.empty("fb:portal", [
                    "id": copy.sourceID, "name": portals.name(copy.sourceID), "href": copy.link,
                    "title": copy.title, "published": copy.published.rfc3339,
                ])
            }
        }
    }

    /// The other portals' copies with a link of their own, each link once.
    private func viaLinks(_ story: Story) -> [StoryAppearance] {
        var seen: Set<String> = story.item.link.map { [$0] } ?? []
        return story.otherAppearances.filter { copy in
            guard let link = copy.link else { return false }
            return seen.insert(link).inserted
        }
    }

    /// `<source>`: the primary portal as a feed: its sub-feed's id, its name, its sub-feed's
    /// `<updated>` (never before the story's own), the portal as author, its web site
    /// (`rel="alternate"`, text/html) and its sub-feed (`rel="self"`).
    private func source(_ story: Story, _ xml: XMLWriter) {
        guard let portal = portals[story.sourceID] else { return }
        xml.element("source") {
            xml.element("id", text: portals.unitFeedID(portal.id))
            xml.element("title", text: portal.name)
            xml.element("updated", text: max(unitUpdated(portal.id), story.updated).rfc3339)
            xml.element("author") {
                xml.element("name", text: portal.name)
                xml.element("uri", text: portal.siteURL)
            }
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": portal.siteURL])
            xml.empty("link", ["rel": "self", "href": portals.feedURL(portal)])
        }
    }
}

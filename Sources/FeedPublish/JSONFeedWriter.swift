import FeedModel
import Foundation
import WebText

/// Writes `feed.json`, JSON Feed 1.1.
///
/// `content_html` is the sanitized HTML, `summary` plain text, `image` the first image
/// attachment; provenance is the `_feedbridge` extension:
/// `{"source": {id, name, url}, "also_published_by": [{id, name, url}, …]}`.
struct JSONFeedWriter {
    let publication: Publication
    let portals: PortalDirectory

    /// `feed.json`: the city feed, with `next_url` to the open month's page when there are archives.
    func document() -> [UInt8] {
        document(stories: publication.stories, links: publication.archives?.links(of: nil, format: .json))
    }

    /// `archive/YYYY-MM.json`: the stories first published in `month`, a page whose
    /// `next_url` is the month before (JSON Feed's pagination); `_feedbridge.archive` says
    /// `open` or `closed` (a closed page never changes).
    func archiveDocument(_ month: String, archives: ArchiveSet) -> [UInt8] {
        document(stories: archives.stories[month] ?? [], links: archives.links(of: month, format: .json))
    }

    private func document(stories: [Story], links: ArchiveLinks?) -> [UInt8] {
        let city = publication.city
        let json = JSONWriter(pretty: true)
        json.object {
            json.field("version", "https://jsonfeed.org/version/1.1")
            json.field("title", links?.monthTitle.map { "\(city.title) — lưu trữ \($0)" } ?? city.title)
            json.field("home_page_url", city.baseURL + PublishFormat.html.fileName)
            // One logical feed: every page names the city feed as its feed_url.
            json.field("feed_url", city.baseURL + PublishFormat.json.fileName)
            json.field("next_url", links?.previous.map { city.baseURL + $0 })
            if let links, links.month != nil {
                json.key("_feedbridge")
                json.object { json.field("archive", links.closed ? "closed" : "open") }
            } else {
                json.array("hubs", publication.hubs) { hub in
                    json.object {
                        json.field("type", "WebSub")
                        json.field("url", hub)
                    }
                }
            }
            json.field("description", "Tin tổng hợp từ \(portals.portals.count) cổng thông tin điện tử")
            json.field("language", city.language)
            let cityAuthor = {
                json.object {
                    json.field("name", city.title)
                    json.field("url", city.link)
                }
            }
            json.array("authors", [city]) { _ in cityAuthor() }
            // `author` too, for JSON Feed 1.0 readers (1.1 deprecates it for `authors`).
            json.key("author")
            cityAuthor()
            json.key("items")
            json.list(stories) { item($0, json) }
        }
        return json.bytes + [UInt8(ascii: "\n")]
    }

    private func item(_ story: Story, _ json: JSONWriter) {
        let item = story.item
        json.object {
            json.field("id", story.id)
            json.field("url", item.link)
            json.field("title", story.displayTitle)
            // content_html or content_text is required; an item with neither has "".
            json.key("content_html")
            json.string(item.content ?? item.summary ?? "")
            json.field("summary", item.summary.map { PlainText.from(html: $0) })
            json.field("image", item.enclosures.first(where: MediaType.isImage)?.url)
            json.field("date_published", story.published.rfc3339)
            json.field("date_modified", story.updated.rfc3339)
            let author = { (author: (name: String, person: Person)) in
                json.object {
                    json.field("name", author.name)
                    json.field("url", author.person.uri ?? author.person.email.map { "mailto:" + $0 })
                }
            }
            json.array("authors", story.namedAuthors, author)
            // The first one as `author` too, for JSON Feed 1.0 readers.
            if let first = story.namedAuthors.first {
                json.key("author")
                author(first)
            }
            json.array("tags", item.categories) { json.string($0) }
            json.array("attachments", item.enclosures) { enclosure in
                json.object {
                    json.field("url", enclosure.url)
                    json.field("mime_type", MediaType.of(enclosure))
                    json.field("size_in_bytes", enclosure.length.map { Int($0) })
                }
            }
            json.key("_feedbridge")
            json.object {
                let copies = story.provenance
                json.key("source")
                portal(copies[0], json)
                json.key("also_published_by")
                json.list(Array(copies.dropFirst())) { portal($0, json) }
            }
        }
    }

    private func portal(_ copy: StoryAppearance, _ json: JSONWriter) {
        json.object {
            json.field("id", copy.sourceID)
            json.field("name", portals.name(copy.sourceID))
            json.field("url", copy.link)
        }
    }
}

import FeedModel
import WebText

/// JSON Feed 1.1, with the full article as `content_html`.
enum JSONFeedRenderer {
    static func render(_ items: ArraySlice<SimulatedItem>, _ context: PageContext) -> String {
        let portal = context.portal
        let writer = JSONWriter(pretty: true)
        writer.object {
            writer.field("version", "https://jsonfeed.org/version/1.1")
            writer.field("title", portal.title)
            writer.field("home_page_url", context.base + portal.homePath)
            writer.field("feed_url", context.base + portal.path)
            writer.field("description", Markup.feedDescription)
            writer.field("language", "vi")
            writer.field("icon", "\(context.base)/\(portal.id)/documents/logo.png")
            writer.key("items")
            writer.list(Array(items)) { item in
                let story = context.story(of: item)
                let image = context.base + item.imagePath
                writer.object {
                    writer.field("id", item.feedID(portal: portal, base: context.base, story: story))
                    writer.field("url", item.link(base: context.base))
                    writer.field("title", item.title)
                    writer.field("content_html", Markup.articleHTML(paragraphs: NewsWriter.paragraphs(of: story), image: image, alt: item.title))
                    writer.field("summary", NewsWriter.excerpt(NewsWriter.summary(of: story), limit: 200))
                    writer.field("image", image)
                    writer.field("date_published", CivilTime(epoch: item.time).rfc3339)
                    writer.array("authors", [item.author]) { name in writer.object { writer.field("name", name) } }
                    writer.array("tags", [story.category]) { writer.string($0) }
                }
            }
        }
        return writer.output + "\n"
    }
}

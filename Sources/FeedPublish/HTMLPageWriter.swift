import FeedModel
import Foundation
import WebText

/// Writes `index.html`: the newest stories grouped by day, in Vietnamese, with links
/// to the feeds and to every portal's sub-feed.
///
/// No JavaScript, a little inline CSS, every string escaped; excerpts are plain text
/// and links go out only to `http`/`https` addresses. Times are shown in the city's
/// zone, and "Cập nhật lúc" is the newest story's `updated`, never the clock.
struct HTMLPageWriter {
    /// Stories shown on the page.
    static let storyLimit = 100
    /// Words of a story's excerpt.
    static let excerptWords = 40

    let publication: Publication
    let portals: PortalDirectory
    /// The formats being published (the page links only to files that exist).
    let formats: Set<PublishFormat>

    func document() -> [UInt8] {
        let city = publication.city
        let html = XMLWriter(capacity: 64 << 10)
        html.raw("<!DOCTYPE html>")
        html.element("html", ["lang": "vi"]) {
            html.element("head") {
                html.empty("meta", ["charset": "utf-8"])
                html.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("title", text: city.title)
                for format in [PublishFormat.atom, .rss, .json] where formats.contains(format) {
                    html.empty("link", [
                        "rel": "alternate", "type": format.mediaType, "title": "\(city.title) (\(Self.label(format)))",
                        "href": format.fileName,
                    ])
                }
                html.element("style", text: Self.style)
            }
            html.element("body") {
                header(html)
                html.element("main") { stories(html) }
                portalList(html)
                html.element("footer") {
                    html.element("p", text: "Tạo bởi \(publication.generator).")
                }
            }
        }
        return html.finish()
    }

    private func header(_ html: XMLWriter) {
        html.element("header") {
            html.element("h1", text: publication.city.title)
            if publication.stories.isEmpty {
                html.element("p", ["class": "updated"], text: "Chưa có tin nào.")
            } else {
                let updated = CivilTime(publication.stories.newestUpdate, in: publication.city.timeZone)
                html.element("p", ["class": "updated"], text: "Cập nhật lúc \(updated.clock), \(updated.dayMonthYear)")
            }
            let feeds = [PublishFormat.atom, .rss, .json, .opml].filter(formats.contains)
            guard !feeds.isEmpty else { return }
            html.element("nav") {
                html.newline()
                html.text("Theo dõi: ")
                for (index, format) in feeds.enumerated() {
                    if index > 0 { html.text(" · ") }
                    html.startTag("a", ["href": format.fileName, "type": format.mediaType])
                    html.text(Self.label(format))
                    html.endTag("a")
                }
            }
        }
    }

    private func portalList(_ html: XMLWriter) {
        html.element("section", ["class": "portals"]) {
            html.element("h2", text: "Các cổng thông tin (\(portals.portals.count))")
            html.element("ul") {
                for portal in portals.portals {
                    html.newline()
                    html.startTag("li")
                    link(portal.name, to: portal.siteURL, html)
                    if formats.contains(.atom) {
                        html.text(" · ")
                        html.startTag("a", ["href": PortalDirectory.unitPath(portal.id), "type": PublishFormat.atom.mediaType])
                        html.text("Atom")
                        html.endTag("a")
                    }
                    html.endTag("li")
                }
            }
        }
    }

    /// Writes `<a href>text</a>`, or the bare text when `url` is not a web address.
    func link(_ text: String, to url: String?, _ html: XMLWriter) {
        guard let url, WebAddress.isWeb(url) else {
            html.text(text)
            return
        }
        html.startTag("a", ["href": url])
        html.text(text)
        html.endTag("a")
    }

    private static func label(_ format: PublishFormat) -> String {
        switch format {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        case .html: "HTML"
        case .opml: "OPML"
        }
    }

    private static let style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:0 1rem;color:#222}\
        h1{font-size:1.5rem}h2{font-size:1.1rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}\
        h3{font-size:1rem;margin:1rem 0 .2rem}a{color:#0b57a4}.meta,.also,.updated,footer{color:#666;font-size:.875rem}\
        article p{margin:.2rem 0}.portals ul{columns:16rem;padding-left:1rem}
        """
}

import FeedModel
import Foundation
import WebText

extension HTMLPageWriter {
    /// The newest stories, one section per day (newest day first) in the city's zone.
    func stories(_ html: XMLWriter) {
        let zone = publication.city.timeZone
        let shown = publication.stories.prefix(Self.storyLimit).enumerated()
            .sorted { ($0.element.published, $1.offset) > ($1.element.published, $0.offset) }
            .map { (story: $0.element, time: CivilTime($0.element.published, in: zone)) }
        var start = 0
        while start < shown.count {
            let day = shown[start].time.dayKey
            let end = shown[start...].firstIndex { $0.time.dayKey != day } ?? shown.count
            html.element("section") {
                html.element("h2", text: shown[start].time.vietnameseDay)
                for entry in shown[start..<end] { article(entry.story, time: entry.time, html) }
            }
            start = end
        }
    }

    private func article(_ story: Story, time: CivilTime, _ html: XMLWriter) {
        html.element("article") {
            html.newline()
            html.startTag("h3")
            link(story.displayTitle, to: story.item.link, html)
            html.endTag("h3")
            html.newline()
            html.startTag("p", ["class": "meta"])
            html.text(portals.name(story.sourceID) + " · ")
            html.startTag("time", ["datetime": story.published.rfc3339])
            html.text(time.clock)
            html.endTag("time")
            html.endTag("p")
            if let text = story.item.summary ?? story.item.content {
                let excerpt = PlainText.from(html: text, maxWords: Self.excerptWords)
                if !excerpt.isEmpty { html.element("p", text: excerpt) }
            }
            let others = story.otherAppearances
            guard !others.isEmpty else { return }
            html.newline()
            html.startTag("p", ["class": "also"])
            html.text("Cũng đăng trên: ")
            for (index, copy) in others.enumerated() {
                if index > 0 { html.text(", ") }
                link(portals.name(copy.sourceID), to: copy.link, html)
            }
            html.endTag("p")
        }
    }
}

import FeedModel
import Foundation
import WebText

extension Story {
    /// Every portal that carried the story, the primary copy first (made from the
    /// primary item when the appearances lack it); links that are not web addresses
    /// are left out.
    var provenance: [StoryAppearance] {
        var copies = appearances
        if let primary = copies.firstIndex(where: { $0.sourceID == sourceID }) {
            copies.insert(copies.remove(at: primary), at: 0)
        } else {
            copies.insert(StoryAppearance(sourceID: sourceID, link: item.link, title: item.title, published: published), at: 0)
        }
        for index in copies.indices where copies[index].link.map(WebAddress.isWeb) == false {
            copies[index].link = nil
        }
        return copies
    }

    /// The copies on portals other than the primary one.
    var otherAppearances: ArraySlice<StoryAppearance> { provenance.dropFirst() }

    /// The title to show: the item's, else the start of its text, else its link.
    var displayTitle: String {
        if let title = item.title, !title.isEmpty { return title }
        if let html = item.summary ?? item.content {
            let words = PlainText.from(html: html, maxWords: 12)
            if !words.isEmpty { return words }
        }
        return item.link ?? id
    }

    /// The authors with a name to show: the name, else the e-mail address, else the URI.
    var namedAuthors: [(name: String, person: Person)] {
        item.authors.compactMap { person in
            guard let name = person.name ?? person.email ?? person.uri, !name.isEmpty else { return nil }
            return (name, person)
        }
    }
}

extension [Story] {
    /// The latest `updated` of the stories; 1970-01-01 for none (a feed's `updated`
    /// must come from the data, never from the clock).
    var newestUpdate: Date {
        lazy.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
    }
}

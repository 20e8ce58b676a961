/// One news story, first published by its origin portal; other portals may republish it.
struct Story: Sendable {
    /// The position in the city's story stream; also the number in article URLs.
    let number: Int
    /// Index of the origin portal in `PortalSimulator.portals`.
    let origin: Int
    /// First publication, in epoch seconds.
    let published: Int
    let title: String
    let event: String
    let category: String
    /// The unit the story is about, as written inside a sentence ("phường Hoàn Kiếm").
    let subject: String
    /// The ward a city story is about, which republishes it first (index of its portal).
    let featuredPortal: Int?
    /// Seeds the article text, which is written only when a page or a feed needs it.
    let textSeed: UInt64

    /// The story's id in the ground truth: `story-000042`.
    var id: String {
        let digits = String(number)
        return "story-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// One appearance of a story on one portal: what that portal's feed or listing shows.
struct SimulatedItem: Sendable {
    /// How the item's link is written.
    enum LinkForm: Sendable, Hashable {
        /// The item's own article page on its portal.
        case own
        /// The origin's article page with tracking parameters (`?utm_source=…`).
        case tracked(query: String)
        /// The origin's article page written with `https://` (not served on loopback).
        case https
    }

    /// Index into the simulator's stories.
    let story: Int
    /// Index of the portal that shows the item.
    let portal: Int
    /// When the item appears on the portal, in epoch seconds.
    let time: Int
    let title: String
    /// The item's own article page, e.g. `/hoan-kiem/tin-tuc/…-42.htm`; always served.
    let path: String
    let linkForm: LinkForm
    /// True for a copy of a story first published elsewhere.
    let isRepublished: Bool
    let author: String
    let viewCount: Int

    /// The path of the story's article on its origin portal (the item's own path for originals).
    let originPath: String

    /// The absolute link a feed or listing shows for the item.
    func link(base: String) -> String {
        switch linkForm {
        case .own: base + path
        case .tracked(let query): base + originPath + "?" + query
        case .https: base.replacingOccurrences(of: "http://", with: "https://") + originPath
        }
    }

    /// The id a feed gives the item (RSS guid, Atom id, JSON Feed id); for HTML
    /// listings, which have none, the absolute link.
    func feedID(portal: SimulatedPortal, base: String, story: Story) -> String {
        switch portal.format {
        case .rss where portal.usesCDATAStyle: "\(portal.id)-\(story.number)"
        case .rss, .atom, .jsonFeed: base + path
        case .liferayHTML, .listHTML: link(base: base)
        }
    }

    /// The path of the item's thumbnail.
    var imagePath: String {
        let slash = path.dropFirst().firstIndex(of: "/") ?? path.endIndex
        let number = story + 1  // story numbers start at 1
        return String(path[..<slash]) + "/documents/10180/\(number)/anh-\(number).png"
    }
}

import FeedModel
import FeedPublish
import Foundation

/// A small city: the city portal with a feed, two wards without one, a commune with
/// one; three stories, one carried by three portals.
enum PublicationFixture {
    static let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    static let city = CityFeed(
        title: "Hà Nội — Tin tức tổng hợp", link: "https://hanoi.gov.vn/",
        id: "tag:hanoi.gov.vn,2025:city-feed", language: "vi", timeZone: hanoi,
        baseURL: "http://127.0.0.1:8080/"
    )

    static let portals = [
        PortalInfo(id: "hanoi", name: "Cổng thông tin điện tử Hà Nội", level: .city,
                   url: "https://hanoi.gov.vn/rss", homePage: "https://hanoi.gov.vn/", hasFeed: true),
        PortalInfo(id: "ba-dinh", name: "Phường Ba Đình", level: .ward, parent: "hanoi",
                   url: "https://badinh.hanoi.gov.vn/tin-tuc", hasFeed: false),
        PortalInfo(id: "hoan-kiem", name: "Phường Hoàn Kiếm", level: .ward, parent: "hanoi",
                   url: "https://hoankiem.hanoi.gov.vn/tin-tuc", homePage: "https://hoankiem.hanoi.gov.vn/", hasFeed: false),
        PortalInfo(id: "soc-son", name: "Xã Sóc Sơn", level: .commune, parent: "hanoi",
                   url: "https://socson.hanoi.gov.vn/feed.rss", hasFeed: true),
    ]

    /// UTC `yyyy-MM-ddTHH:mm:ssZ`.
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    /// Carried by the city, Ba Đình and Hoàn Kiếm; authors, categories, two enclosures.
    static let festival = Story(
        id: "tag:hanoi.gov.vn,2025:story/1",
        sourceID: "hanoi",
        item: Item(
            id: "https://hanoi.gov.vn/tin/le-hoi-123", title: "Lễ hội mùa thu Hà Nội 2026",
            link: "https://hanoi.gov.vn/tin/le-hoi-123",
            summary: "<p>Lễ hội <b>mùa thu</b> khai mạc tại Hoàn Kiếm.</p>",
            content: "<p>Lễ hội <b>mùa thu</b> khai mạc tại Hoàn Kiếm.</p><p>Chi tiết &amp; lịch trình.</p>",
            authors: [Person(name: "Nguyễn Văn An", email: "an@hanoi.gov.vn"), Person(email: "toasoan@hanoi.gov.vn")],
            categories: ["Văn hóa", "Sự kiện"],
            enclosures: [
                Enclosure(url: "https://hanoi.gov.vn/anh/le-hoi.jpg", type: "image/jpeg", length: 48_213),
                Enclosure(url: "https://hanoi.gov.vn/files/ke-hoach.pdf"),
            ]
        ),
        published: date("2026-11-29T07:05:00Z"),
        updated: date("2026-11-29T09:30:00Z"),
        appearances: [
            StoryAppearance(sourceID: "hanoi", link: "https://hanoi.gov.vn/tin/le-hoi-123", title: "Lễ hội mùa thu Hà Nội 2026",
                            published: date("2026-11-29T07:05:00Z")),
            StoryAppearance(sourceID: "ba-dinh", link: "https://badinh.hanoi.gov.vn/tin/le-hoi", title: "Khai mạc lễ hội mùa thu",
                            published: date("2026-11-29T08:00:00Z")),
            StoryAppearance(sourceID: "hoan-kiem", link: "https://hoankiem.hanoi.gov.vn/tin/le-hoi",
                            published: date("2026-11-29T09:30:00Z")),
        ]
    )

    /// Only Ba Đình's; a summary, no content, no author.
    static let meeting = Story(
        id: "tag:hanoi.gov.vn,2025:story/2",
        sourceID: "ba-dinh",
        item: Item(
            title: "Phường Ba Đình tiếp công dân tháng 12", link: "https://badinh.hanoi.gov.vn/tin/tiep-cong-dan",
            summary: "<p>Lịch tiếp công dân định kỳ.</p>"
        ),
        published: date("2026-11-28T02:00:00Z"),
        updated: date("2026-11-28T02:00:00Z"),
        appearances: [StoryAppearance(sourceID: "ba-dinh", link: "https://badinh.hanoi.gov.vn/tin/tiep-cong-dan",
                                      published: date("2026-11-28T02:00:00Z"))]
    )

    /// Only Sóc Sơn's; content only, late in the evening (the next day in UTC+7).
    static let harvest = Story(
        id: "tag:hanoi.gov.vn,2025:story/3",
        sourceID: "soc-son",
        item: Item(
            title: "Xã Sóc Sơn thu hoạch lúa", link: "https://socson.hanoi.gov.vn/tin/thu-hoach",
            content: "<div><p>Nông dân thu hoạch lúa mùa.</p></div>", categories: ["Nông nghiệp"]
        ),
        published: date("2026-11-27T18:30:00Z"),
        updated: date("2026-11-27T18:30:00Z"),
        appearances: [StoryAppearance(sourceID: "soc-son", link: "https://socson.hanoi.gov.vn/tin/thu-hoach",
                                      published: date("2026-11-27T18:30:00Z"))]
    )

    /// The publication of `stories` (newest first), each portal's sub-feed holding the
    /// stories it carried.
    static func publication(stories: [Story] = [festival, meeting, harvest], portals: [PortalInfo] = portals) -> Publication {
        var units: [String: [Story]] = [:]
        for story in stories {
            for portalID in Set(story.appearances.map(\.sourceID)) { units[portalID, default: []].append(story) }
        }
        return Publication(city: city, stories: stories, portals: portals, unitStories: units, generator: "FeedBridge 0.1")
    }
}

/// A fresh temporary output folder, removed when the value goes away.
final class OutputDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("feedbridge-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    func modificationDate(_ relative: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: path(relative))[.modificationDate] as! Date
    }

    /// Publishes every format into the folder.
    @discardableResult
    func publish(_ publication: Publication, formats: Set<PublishFormat> = Set(PublishFormat.allCases)) throws -> PublishReport {
        try Publisher(directory: url, formats: formats).publish(publication)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

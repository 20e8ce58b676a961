/// The level of a portal in the city's hierarchy, as written in `feeds.yaml`.
public enum PortalLevel: String, Sendable, CaseIterable {
    case city, district, ward, commune, agency

    /// The merge priority a `feeds.yaml` gives to portals of this level.
    public var priority: Int {
        switch self {
        case .city: 100
        case .district: 70
        case .ward, .commune: 50
        case .agency: 30
        }
    }
}

/// What a portal serves at its source URL.
public enum PortalFormat: String, Sendable, CaseIterable {
    /// RSS 2.0 in the style of baochinhphu.vn: CDATA descriptions with `<img>`, `+0700` dates.
    case rss
    /// Atom 1.0 as Liferay's feed servlet writes it.
    case atom
    /// JSON Feed 1.1.
    case jsonFeed = "json"
    /// A Liferay asset-publisher listing page (`div.asset-abstract`), paged with `?cur=N`.
    case liferayHTML = "liferay-html"
    /// A plain `ul/li` news list with `span.date`.
    case listHTML = "list-html"

    /// True for the formats that a feed reader reads directly; false for HTML pages.
    public var isFeed: Bool { self == .rss || self == .atom || self == .jsonFeed }

    /// The `feeds.yaml` preset that scrapes pages of this format, for HTML formats.
    public var preset: String? {
        switch self {
        case .liferayHTML: "liferay-news"
        case .listHTML: "list-news"
        case .rss, .atom, .jsonFeed: nil
        }
    }

    /// The last path component of a portal's source URL in this format.
    var pathComponent: String {
        switch self {
        case .rss: "rss"
        case .atom: "atom"
        case .jsonFeed: "feed.json"
        case .liferayHTML: "tin-tuc"
        case .listHTML: "tin-tuc-su-kien"
        }
    }
}

/// One simulated portal: the city's, a district's, a ward's or commune's, or an agency's.
public struct SimulatedPortal: Sendable, Hashable, Identifiable {
    /// The source id in `feeds.yaml`, also the first component of the portal's paths (`hoan-kiem`).
    public let id: String
    /// The portal's owner, e.g. "Phường Hoàn Kiếm" or "Thành phố Hà Nội".
    public let name: String
    /// The portal's title, e.g. "Cổng thông tin điện tử phường Hoàn Kiếm".
    public let title: String
    public let level: PortalLevel
    /// The id of the parent portal (nil for the city).
    public let parent: String?
    public let format: PortalFormat
    /// How the portal answers; see `PortalBehaviour`.
    public var behaviour: PortalBehaviour
    /// The unit the portal's news is about ("Phường Hoàn Kiếm"), used in titles and texts.
    let subject: String
    /// The same, as written inside a sentence ("phường Hoàn Kiếm").
    let inlineSubject: String
    /// Average new stories per simulated day.
    let storiesPerDay: Double

    /// The path of the portal's source URL (feed or listing page), e.g. `/hoan-kiem/rss`.
    public var path: String { "/\(id)/\(format.pathComponent)" }

    /// The path the source moved to when its behaviour is `.movedPermanently`.
    public var movedPath: String { "/\(id)/v2/\(format.pathComponent)" }

    /// The portal's home page path, e.g. `/hoan-kiem/`.
    public var homePath: String { "/\(id)/" }

    /// RSS portals of this style put titles in CDATA and give `isPermaLink="false"` guids.
    var usesCDATAStyle: Bool { SeededGenerator.hash(id) % 2 == 0 }

    /// The absolute source URL on a simulator whose base URL is `base` (`http://127.0.0.1:8181`).
    public func url(base: String) -> String { base + path }
}

import Foundation

/// A source portal as the published files describe it (OPML, provenance, sub-feeds).
public struct PortalInfo: Sendable, Hashable, Codable {
    /// The source id from `feeds.yaml`, also the sub-feed's name (`units/<id>.atom`).
    public var id: String
    /// The display name, e.g. "Phường Hoàn Kiếm".
    public var name: String
    /// The administrative level (`level:` in `feeds.yaml`).
    public var level: Level
    /// The parent source's id, if any.
    public var parent: String?
    /// The URL FeedBridge fetches: the portal's feed, or its listing page.
    public var url: String
    /// The portal's web site (`site:` in `feeds.yaml`), when known; see ``siteURL``.
    public var homePage: String?
    /// False when the portal has no feed and its listing page is read with HTML rules.
    public var hasFeed: Bool

    public init(
        id: String, name: String, level: Level, parent: String? = nil, url: String,
        homePage: String? = nil, hasFeed: Bool
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
        self.url = url
        self.homePage = homePage
        self.hasFeed = hasFeed
    }

    /// The portal's web site, what provenance links to: ``homePage``; else the listing
    /// page of a portal read with HTML rules; else `scheme://host/` of its feed's URL (a
    /// feed is no page to send a reader to).
    public var siteURL: String {
        if let homePage { return homePage }
        guard hasFeed, var root = URLComponents(string: url), root.host != nil else { return url }
        root.path = "/"
        root.query = nil
        root.fragment = nil
        return root.string ?? url
    }

    /// An administrative level of Hanoi's government; the raw value is its name in
    /// `feeds.yaml`.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// The city portal.
        case city
        /// A district (before the 2025 reform).
        case district
        /// A ward (phường).
        case ward
        /// A commune (xã).
        case commune
        /// A city department or agency.
        case agency

        /// The priority of a source that sets none: city 100, district 60,
        /// agency 50, ward and commune 20.
        public var defaultPriority: Int {
            switch self {
            case .city: 100
            case .district: 60
            case .agency: 50
            case .ward, .commune: 20
            }
        }
    }
}

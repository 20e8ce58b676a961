/// A source portal as the published files describe it (OPML, provenance, sub-feeds).
public struct PortalInfo: Sendable, Equatable {
    /// The source id from `feeds.yaml`, also the sub-feed's name (`units/<id>.atom`).
    public var id: String
    /// The display name, e.g. "Phường Hoàn Kiếm".
    public var name: String
    /// The administrative level: `city`, `district`, `ward`, `commune` or `agency`.
    public var level: String
    /// The parent source's id, if any.
    public var parent: String?
    /// The URL FeedBridge fetches: the portal's feed, or its listing page.
    public var url: String
    /// The portal's web site (the feed's own link), when known.
    public var homePage: String?
    /// False when the portal has no feed and its listing page is read with HTML rules.
    public var hasFeed: Bool

    public init(
        id: String, name: String, level: String, parent: String? = nil, url: String,
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
}

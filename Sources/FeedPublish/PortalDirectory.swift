import FeedModel

/// The portals of a publication by id, with the addresses every format links to.
struct PortalDirectory {
    /// The portals in `feeds.yaml` order.
    let portals: [PortalInfo]
    private let byID: [String: PortalInfo]
    private let city: CityFeed

    init(portals: [PortalInfo], city: CityFeed) {
        self.portals = portals
        self.city = city
        byID = Dictionary(portals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(id: String) -> PortalInfo? { byID[id] }

    /// The portal's display name, else its id (a story from a source no longer listed).
    func name(_ id: String) -> String { byID[id]?.name ?? id }

    /// The sub-feed's path in the output folder: `units/<id>.atom`.
    static func unitPath(_ id: String) -> String { "units/\(id).atom" }

    /// The sub-feed's absolute URL.
    func unitURL(_ id: String) -> String { city.baseURL + Self.unitPath(id) }

    /// The sub-feed's Atom id, derived from the city feed's id (never changes either).
    func unitFeedID(_ id: String) -> String { "\(city.id)/units/\(id)" }

    /// A feed to subscribe to the portal's news: its own feed, else FeedBridge's sub-feed.
    func feedURL(_ portal: PortalInfo) -> String {
        portal.hasFeed ? portal.url : unitURL(portal.id)
    }
}

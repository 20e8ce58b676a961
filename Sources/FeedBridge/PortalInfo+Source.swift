import FeedConfig
import FeedModel

extension PortalInfo {
    /// A configured source as the published files describe it.
    init(_ source: Source) {
        self.init(
            id: source.id, name: source.name, level: source.level, parent: source.parent,
            url: source.url.absoluteString, homePage: source.site?.absoluteString, hasFeed: source.html == nil
        )
    }
}

import FeedConfig
import FeedFetch
import FeedModel
import FeedPublish
import FeedStore
import Foundation

extension Aggregator {
    /// How many stories each portal's sub-feed (`units/<id>.atom`) carries.
    static let unitFeedStories = 50

    /// The folder the files are published to (`output.dir`, relative to ``directory``).
    public var outputDirectory: URL {
        let dir = configuration.output.dir
        return (dir.hasPrefix("/") ? URL(fileURLWithPath: dir) : directory.appendingPathComponent(dir)).standardizedFileURL
    }

    /// The generator named in the feeds: `FeedBridge 0.1`.
    static let generator = "FeedBridge \(FetchConfiguration.feedBridgeVersion)"

    /// The publisher of the configured formats into ``outputDirectory``.
    var publisher: Publisher {
        Publisher(
            directory: outputDirectory,
            formats: Set(configuration.output.formats.compactMap { PublishFormat(rawValue: $0.rawValue) })
        )
    }

    /// Writes the city feed, the page, the OPML and the sub-feeds from the store;
    /// files whose content did not change are left untouched.
    public func publish() throws -> PublishReport {
        let unitStories = try store.latestStoriesBySource(limit: Self.unitFeedStories)
        let publication = Publication(
            city: configuration.cityFeed,
            stories: try store.latestStories(limit: configuration.output.items),
            portals: configuration.sources.map(PortalInfo.init),
            unitStories: unitStories,
            generator: Self.generator,
            refreshMinutes: max(1, Int(configuration.fetch.interval.seconds / 60))
        )
        return try publisher.publish(publication)
    }
}

extension Configuration {
    /// The merged feed's identity and public address, for the publisher.
    var cityFeed: CityFeed {
        CityFeed(
            title: city.title, link: city.link.absoluteString, id: city.id, language: city.language,
            timeZone: city.timezone, baseURL: publicBaseURL
        )
    }
}

extension PortalInfo {
    /// A configured source as the published files describe it.
    init(_ source: Source) {
        self.init(
            id: source.id, name: source.name, level: source.level.rawValue, parent: source.parent,
            url: source.url.absoluteString, homePage: nil, hasFeed: source.html == nil
        )
    }
}

extension FetchRequest {
    /// A request for one of a source's documents, with the source's TLS opt-out and
    /// timeout: its feed or listing page (with the validators of its last fetch), or
    /// another `url` of the same portal (a next page, an article).
    init(_ source: Source, url: String? = nil, id: String? = nil, validators state: FetchState? = nil) {
        self.init(
            id: id ?? source.id, url: url ?? source.url.absoluteString, etag: state?.etag,
            lastModified: state?.lastModified, verifyTLS: source.tlsVerify, timeout: source.timeout
        )
    }
}

extension FetchConfiguration {
    /// The fetcher's limits from feeds.yaml `fetch:`.
    init(_ fetch: Configuration.Fetch) {
        let contact = fetch.contact?.absoluteString
        self.init(
            maxConcurrent: fetch.concurrency, maxPerHost: fetch.perHost, totalTimeout: fetch.timeout,
            maxBodyBytes: fetch.maxBytes, contactURL: contact,
            customUserAgent: fetch.userAgent.map { agent in contact.map { "\(agent) (+\($0))" } ?? agent }
        )
    }
}

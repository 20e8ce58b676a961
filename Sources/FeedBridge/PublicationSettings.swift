import FeedConfig
import FeedMerge
import FeedModel
import FeedPublish
import Foundation

/// Everything besides the stored stories that shapes the published files, in one value.
///
/// The publish step reads its settings from this value only, and the fingerprint that lets
/// a cycle skip publishing when nothing changed is this value's encoding: a setting added
/// here is published and fingerprinted at once, none can be forgotten in one of the two.
struct PublicationSettings: Hashable, Codable {
    /// The output folder, absolute.
    var directory: String
    /// The formats written, in ``PublishFormat`` order.
    var formats: [PublishFormat]
    /// The merged feed's identity and public address.
    var city: CityFeed
    /// Every configured source, in feeds.yaml order.
    var portals: [PortalInfo]
    /// How many stories the city feed carries (`output.items`).
    var stories: Int
    /// How many stories each sub-feed carries (`output.unit_items`).
    var unitStories: Int
    /// The software named in the feeds.
    var generator: String
    /// How often readers should poll, in minutes: the fetch interval.
    var refreshMinutes: Int
    /// The WebSub hubs the feeds name (`websub.hubs`).
    var hubs: [String]
    /// Whether monthly archives are written (`output.archives: monthly`), in the feed formats written.
    var archives: Bool

    /// The settings of a configuration publishing into `directory`.
    init(_ configuration: Configuration, directory: URL) {
        self.directory = directory.path
        formats = PublishFormat.allCases.filter(configuration.output.formats.contains)
        city = CityFeed(
            title: configuration.city.title, link: configuration.city.link.absoluteString, id: configuration.city.id,
            language: configuration.city.language, timeZone: configuration.city.timezone,
            baseURL: configuration.publicBaseURL
        )
        portals = configuration.sources.map(PortalInfo.init)
        stories = configuration.output.items
        unitStories = configuration.output.unitItems
        generator = FeedBridgeVersion.generator
        refreshMinutes = max(1, Int(configuration.fetch.interval.seconds / 60))
        hubs = configuration.websub.hubs.map(\.absoluteString)
        archives = configuration.output.archives == .monthly
            && !ArchiveSet.formats.filter(configuration.output.formats.contains).isEmpty
    }

    /// The publisher of these formats into the folder.
    var publisher: Publisher {
        Publisher(directory: URL(fileURLWithPath: directory), formats: Set(formats))
    }

    /// A fingerprint of these settings and of the store's content (`changeStamp`), the
    /// same in every process: a stable hash of the JSON encoding with sorted keys (Swift's
    /// `Hasher` is seeded per process, so `hashValue` cannot be kept between runs).
    func fingerprint(storeStamp: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let settings = String(decoding: try encoder.encode(self), as: UTF8.self)
        return StableHash.hex(of: storeStamp + "\n" + settings)
    }
}

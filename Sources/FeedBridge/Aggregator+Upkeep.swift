import FeedConfig
import FeedMerge
import FeedModel
import FeedPublish
import FeedStore
import Foundation

extension Aggregator {
    /// How often retention runs when no new item arrived.
    static let retentionPeriod: TimeInterval = 24 * 3600

    /// Forgets old items when the cycle stored new ones, and at least once a day.
    /// - Returns: the number of items deleted.
    func applyRetentionIfDue(storedNewItems: Bool, now: Date) throws -> Int {
        let key = "retention.last"
        let last = try store.meta(key).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
        guard storedNewItems || last.map({ now.timeIntervalSince($0) >= Self.retentionPeriod }) ?? true else { return 0 }
        let report = try store.applyRetention(
            RetentionPolicy(
                maxAge: configuration.retention.maxAge.seconds,
                maxItemsPerSource: configuration.retention.maxItemsPerSource,
                keepNewestStories: configuration.output.items
            ),
            now: now
        )
        try store.setMeta(key, String(now.timeIntervalSince1970))
        return report.deletedItems
    }

    /// Publishes unless nothing the files are made of changed since the last publish
    /// (the store's content and the configuration they show) and every file is still
    /// there; then every file is reported unchanged without being rendered again.
    public func publishIfChanged() throws -> PublishReport {
        let key = "publish.fingerprint"
        let fingerprint = StableHash.hex(of: try store.changeStamp() + "\n" + publicationSettings.joined(separator: "\n"))
        let files = publisher.files(portals: configuration.sources.map(PortalInfo.init))
        let present = files.allSatisfy {
            FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent($0).path)
        }
        if present, try store.meta(key) == fingerprint {
            return PublishReport(written: [], unchanged: files, removed: [])
        }
        let report = try publish()
        try store.setMeta(key, fingerprint)
        return report
    }

    /// Everything besides the stories that shapes the published files.
    private var publicationSettings: [String] {
        let city = configuration.cityFeed
        var settings = [
            city.title, city.link, city.id, city.language, city.timeZone.identifier, city.baseURL,
            String(configuration.output.items), configuration.output.formats.map(\.rawValue).joined(separator: ","),
            String(configuration.fetch.interval.components.seconds), Self.generator,
        ]
        for source in configuration.sources {
            settings.append([
                source.id, source.name, source.level.rawValue, source.parent ?? "", source.url.absoluteString,
                source.html == nil ? "feed" : "html",
            ].joined(separator: "\t"))
        }
        return settings
    }
}

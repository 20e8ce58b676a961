import FeedConfig
import FeedModel
import FeedPublish
import FeedStore
import Foundation

extension Aggregator {
    /// The folder the files are published to (`output.dir`, relative to ``directory``).
    public var outputDirectory: URL {
        directory.resolvingConfigPath(configuration.output.dir)
    }

    /// What shapes the published files besides the stories.
    var publicationSettings: PublicationSettings {
        PublicationSettings(configuration, directory: outputDirectory)
    }

    /// The absolute URLs of the subscribable feeds among `written` (the city feeds and the
    /// sub-feeds, not the page, the OPML or the archives): what the WebSub hubs are told.
    func changedFeedURLs(_ written: [String]) -> [String] {
        let feeds = Set([PublishFormat.atom, .rss, .json].map(\.fileName))
        return written.filter { feeds.contains($0) || ($0.hasPrefix("units/") && $0.hasSuffix(".atom")) }
            .map { configuration.publicBaseURL + $0 }
    }

    /// Writes the city feed, the page, the OPML and the sub-feeds from the store;
    /// files whose content did not change are left untouched.
    public func publish() throws -> PublishReport {
        let settings = publicationSettings
        return try publish(settings, archiveMonths: settings.archives ? try store.archiveMonths() : [])
    }

    /// Publishes unless nothing the files are made of changed since the last publish
    /// (the store's content and the ``PublicationSettings``) and every file is still
    /// there (with its `.gz` sibling); then every file is reported unchanged without being
    /// rendered again.
    public func publishIfChanged() throws -> PublishReport {
        let key = "publish.fingerprint"
        let settings = publicationSettings
        let fingerprint = try settings.fingerprint(storeStamp: store.changeStamp())
        let months = settings.archives ? try store.archiveMonths() : []
        let files = settings.publisher.files(portals: settings.portals, archiveMonths: months)
        let present = files.flatMap { [$0, $0 + ".gz"] }.allSatisfy {
            FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent($0).path)
        }
        if present, try store.meta(key) == fingerprint {
            return PublishReport(written: [], unchanged: files, removed: [])
        }
        let report = try publish(settings, archiveMonths: months)
        try store.setMeta(key, fingerprint)
        return report
    }

    /// Writes the files of `settings` and the stored stories.
    /// - Parameter archiveMonths: the store's archive months (empty without archives), read once by the caller.
    private func publish(_ settings: PublicationSettings, archiveMonths months: [String]) throws -> PublishReport {
        var archives: ArchiveSet?
        if settings.archives {
            let render = settings.publisher.archiveDocumentsToRender(months)
            archives = ArchiveSet(months: months, stories: Dictionary(uniqueKeysWithValues: try render.keys.map {
                ($0, try store.stories(archiveMonth: $0))
            }), render: render)
        }
        let publication = Publication(
            city: settings.city,
            stories: try store.latestStories(limit: settings.stories),
            portals: settings.portals,
            unitStories: try store.latestStoriesBySource(limit: settings.unitStories),
            lastFetched: try store.fetchStates().compactMapValues(\.lastSuccess),
            generator: settings.generator,
            refreshMinutes: settings.refreshMinutes,
            archives: archives,
            hubs: settings.hubs
        )
        return try settings.publisher.publish(publication)
    }
}

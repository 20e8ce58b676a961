import FeedConfig
import FeedFetch

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

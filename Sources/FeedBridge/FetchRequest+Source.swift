import FeedConfig
import FeedFetch
import FeedStore

extension FetchRequest {
    /// A request for one of a source's documents, with the source's TLS opt-out and
    /// timeout: its feed or listing page (with the validators of its last fetch), or
    /// another `url` of the same portal (a next page, the article page of item `index`).
    init(_ source: Source, url: String? = nil, index: Int? = nil, validators state: FetchState? = nil) {
        self.init(
            sourceID: source.id, index: index, url: url ?? source.url.absoluteString, etag: state?.etag,
            lastModified: state?.lastModified, verifyTLS: source.tlsVerify, timeout: source.timeout
        )
    }
}

/// The response headers FeedBridge keeps: validators, type, caching and rate limiting.
public struct FetchHeaders: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    /// The raw `Retry-After` value (seconds or an HTTP date).
    public var retryAfter: String?
    public var cacheControl: String?
    /// The response's own `Date`, which a `Retry-After` date is measured from.
    public var date: String?

    public init(
        etag: String? = nil, lastModified: String? = nil, contentType: String? = nil,
        retryAfter: String? = nil, cacheControl: String? = nil, date: String? = nil
    ) {
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.retryAfter = retryAfter
        self.cacheControl = cacheControl
        self.date = date
    }
}

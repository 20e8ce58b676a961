/// The response headers FeedBridge keeps: validators, type, caching and rate limiting.
public struct FetchHeaders: Sendable, Equatable {
    /// The validator to send back as `If-None-Match`.
    public var etag: String?
    /// The validator to send back as `If-Modified-Since`.
    public var lastModified: String?
    /// The media type and charset, for the decoder.
    public var contentType: String?
    /// The raw `Retry-After` value (seconds or an HTTP date).
    public var retryAfter: String?
    /// The server's caching wish (`max-age`), for the scheduler.
    public var cacheControl: String?
    /// The response's own `Date`, which a `Retry-After` date is measured from.
    public var date: String?

    /// Creates headers; every field is optional.
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

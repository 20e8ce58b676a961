import Foundation

/// What the fetcher remembers about a source between fetches: validators for the
/// conditional GET, the outcome of the last attempts, and when to try again.
public struct FetchState: Sendable, Equatable {
    /// The `ETag` of the last 200 response, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last 200 response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// When the source was last fetched, successfully or not.
    public var lastAttempt: Date?
    /// When the source was last fetched successfully (200 or 304).
    public var lastSuccess: Date?
    /// The HTTP status of the last attempt (nil when no response came).
    public var lastStatus: Int?
    /// Why the last attempt failed; nil when it succeeded.
    public var lastError: String?
    /// Failed attempts in a row; 0 after a success.
    public var consecutiveFailures: Int
    /// Not fetched before this date (back-off, `Retry-After`).
    public var nextFetch: Date?
    /// The target of a 301/308 redirect, reported to the operator (never rewritten in feeds.yaml).
    public var movedTo: String?
    /// A 410 Gone was seen: the source is not fetched until its URL changes.
    public var gone: Bool
    /// How many items the last successful parse found.
    public var lastItemCount: Int?

    /// Creates a fetch state; the defaults are those of a source never fetched.
    public init(
        etag: String? = nil, lastModified: String? = nil,
        lastAttempt: Date? = nil, lastSuccess: Date? = nil,
        lastStatus: Int? = nil, lastError: String? = nil,
        consecutiveFailures: Int = 0, nextFetch: Date? = nil,
        movedTo: String? = nil, gone: Bool = false, lastItemCount: Int? = nil
    ) {
        self.etag = etag
        self.lastModified = lastModified
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.nextFetch = nextFetch
        self.movedTo = movedTo
        self.gone = gone
        self.lastItemCount = lastItemCount
    }
}

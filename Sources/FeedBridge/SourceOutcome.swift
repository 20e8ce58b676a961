import Foundation

/// What one cycle did with one source: the line an operator reads in the summary.
public struct SourceOutcome: Sendable, Equatable {
    /// How the source's fetch ended.
    public enum Status: String, Sendable, Equatable {
        /// Fetched and parsed; items were stored (some may be new).
        case ok
        /// The portal answered 304: nothing changed since the last fetch.
        case notModified = "not modified"
        /// The fetch or the parse failed; the source backs off.
        case failed
        /// 429/503 with Retry-After: the source waits as told.
        case rateLimited = "rate limited"
        /// 410: the source is disabled until its URL changes in feeds.yaml.
        case gone
    }

    public var sourceID: String
    public var status: Status
    /// The HTTP status, 0 when no response arrived.
    public var httpStatus: Int
    /// Items the document contained (after include/exclude filters).
    public var itemCount: Int
    /// The newest item date in the document.
    public var newestItem: Date?
    public var newItems: Int
    public var updatedItems: Int
    /// The error, for `.failed`, `.rateLimited` and `.gone`.
    public var message: String?
    /// A 301/308 target the operator should copy into feeds.yaml.
    public var movedTo: String?
    /// Seconds from the start of the transfer to the end of storing.
    public var seconds: Double

    public init(
        sourceID: String, status: Status, httpStatus: Int = 0, itemCount: Int = 0, newestItem: Date? = nil,
        newItems: Int = 0, updatedItems: Int = 0, message: String? = nil, movedTo: String? = nil, seconds: Double = 0
    ) {
        self.sourceID = sourceID
        self.status = status
        self.httpStatus = httpStatus
        self.itemCount = itemCount
        self.newestItem = newestItem
        self.newItems = newItems
        self.updatedItems = updatedItems
        self.message = message
        self.movedTo = movedTo
        self.seconds = seconds
    }
}

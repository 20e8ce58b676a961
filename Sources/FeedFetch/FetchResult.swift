/// The result of one `FetchRequest`: outcome, final response, body and timings.
public struct FetchResult: Sendable {
    /// The request this answers (its `sourceID` and `index` say what for).
    public let request: FetchRequest
    /// What the fetch means for the source.
    public let outcome: FetchOutcome
    /// The status of the last response, 0 when none arrived.
    public let status: Int
    /// The protocol of the last response (`HTTP/1.1`, `HTTP/2`), nil when none arrived.
    public let httpVersion: String?
    /// The URL of the last request made, after redirects.
    public let finalURL: String
    /// The source's new URL when the redirects began with 301/308: the target of the
    /// last permanent redirect before any temporary one. `nil` when there was none.
    public let movedPermanentlyTo: String?
    /// The headers of the last response that later stages need.
    public let headers: FetchHeaders
    /// The decompressed body of the last response (empty for 304 and failures before it).
    public let body: [UInt8]
    /// Where the time went.
    public let timings: FetchTimings
}

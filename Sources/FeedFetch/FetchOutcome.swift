/// What a fetch means for its source, decided from libcurl's result and the final status.
public enum FetchOutcome: Sendable, Equatable {
    /// A 2xx response: the body is in `FetchResult.body`.
    case ok
    /// A 304: the validators sent still match, there is no body.
    case notModified
    /// A 410: the source is gone for good and should be disabled.
    case gone
    /// A 429, or a 503 with `Retry-After`: wait `retryAfter` (nil when the server gave
    /// no usable `Retry-After`) before asking again.
    case rateLimited(retryAfter: Duration?)
    /// Anything else: a transport failure, a limit hit, or an HTTP error status.
    case failed(FetchError)

    /// True for `.ok` and `.notModified`: the source is healthy.
    public var succeeded: Bool {
        switch self {
        case .ok, .notModified: true
        case .gone, .rateLimited, .failed: false
        }
    }

    /// The error of a `.failed` outcome.
    public var error: FetchError? {
        if case .failed(let error) = self { return error }
        return nil
    }

    /// A short label for tables and logs: `ok`, `not modified`, `gone`,
    /// `rate limited (retry after 120 s)`, `failed`.
    public var label: String {
        switch self {
        case .ok: "ok"
        case .notModified: "not modified"
        case .gone: "gone"
        case .rateLimited(let retryAfter?): "rate limited (retry after \(retryAfter.components.seconds) s)"
        case .rateLimited(nil): "rate limited"
        case .failed: "failed"
        }
    }
}

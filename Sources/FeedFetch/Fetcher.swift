import Foundation

/// Fetches feeds over HTTP(S) with libcurl, many at once, within FeedBridge's limits.
///
/// One libcurl multi handle on one dedicated thread drives every transfer; callers on
/// any task hand it requests and await results. A slow or failing source never delays
/// the others beyond taking one of its host's slots.
///
/// ```swift
/// let fetcher = try Fetcher()
/// for await result in fetcher.fetch(requests) {
///     print(result.request.url, result.outcome.label)
/// }
/// ```
public final class Fetcher: Sendable {
    /// The limits and identity of every fetch.
    public let configuration: FetchConfiguration
    private let inbox: FetchInbox

    /// Initialises libcurl (once per process) and starts the fetch thread.
    /// - Throws: `FetchSetupError` when libcurl cannot be initialised.
    public init(configuration: FetchConfiguration = FetchConfiguration()) throws(FetchSetupError) {
        self.configuration = configuration
        let inbox = FetchInbox(multi: try CurlMulti(maxPerHost: configuration.maxPerHost))
        self.inbox = inbox
        let thread = Thread {
            FetchLoop(inbox: inbox, configuration: configuration).run()
        }
        thread.name = "FeedFetch"
        thread.start()
    }

    /// Lets the fetch thread end once the work already handed to it is done.
    deinit {
        inbox.stop()
    }

    /// Fetches all `requests` concurrently within the limits, yielding each result as it
    /// completes (not in request order; `FetchResult.request` says which it is).
    /// The stream ends after the last result; ending the iteration early cancels the rest.
    public func fetch(_ requests: [FetchRequest]) -> AsyncStream<FetchResult> {
        inbox.post(requests)
    }

    /// Fetches one request; a cancelled task gets a `.failed` result of kind `.cancelled`.
    public func fetch(_ request: FetchRequest) async -> FetchResult {
        for await result in fetch([request]) { return result }
        return .failure(request, FetchError(url: request.url, kind: .cancelled))
    }
}

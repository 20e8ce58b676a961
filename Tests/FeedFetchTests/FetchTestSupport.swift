import FeedFetch

/// A configuration for tests: FeedBridge's defaults, but a 120 s timeout (a bound on liveness:
/// the whole suite in parallel on two cores can keep a loopback answer waiting) and never a
/// proxy from the environment.
func testConfiguration(
    maxConcurrent: Int = 32, maxPerHost: Int = 4, totalTimeout: Duration = .seconds(120),
    maxBodyBytes: Int = 20_000_000, contactURL: String? = nil
) -> FetchConfiguration {
    FetchConfiguration(
        maxConcurrent: maxConcurrent, maxPerHost: maxPerHost, totalTimeout: totalTimeout,
        maxBodyBytes: maxBodyBytes, contactURL: contactURL, proxy: ""
    )
}

/// Fetches one URL with a fresh fetcher.
func fetchOne(_ request: FetchRequest, configuration: FetchConfiguration = testConfiguration()) async throws -> FetchResult {
    try await Fetcher(configuration: configuration).fetch(request)
}

/// Fetches one URL with a fresh fetcher.
func fetchOne(_ url: String, configuration: FetchConfiguration = testConfiguration()) async throws -> FetchResult {
    try await fetchOne(FetchRequest(url: url), configuration: configuration)
}

/// Fetches all requests with one fetcher and collects the results in completion order.
func fetchAll(_ requests: [FetchRequest], configuration: FetchConfiguration) async throws -> [FetchResult] {
    let fetcher = try Fetcher(configuration: configuration)
    var results: [FetchResult] = []
    for await result in fetcher.fetch(requests) { results.append(result) }
    return results
}

extension FetchResult {
    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}

import FeedFetch
import Testing

/// 429 and 503 with Retry-After, in seconds and as an HTTP date.
@Suite struct FetcherRetryAfterTests {
    @Test(arguments: [429, 503])
    func fetch_retryAfterSeconds_reportsTheWait(status: Int) async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/retry/\(status)/seconds")
            #expect(result.status == status)
            #expect(result.outcome == .rateLimited(retryAfter: .seconds(120)))
            #expect(result.outcome.label == "rate limited (retry after 120 s)")
        }
    }

    @Test(arguments: [429, 503])
    func fetch_retryAfterDate_reportsTheWaitUntilThatDate(status: Int) async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/retry/\(status)/date")
            guard case .rateLimited(let wait?) = result.outcome else {
                Issue.record("expected rate limited with a wait, got \(result.outcome)")
                return
            }
            // The date is one hour after the response; whole seconds, and a loaded machine
            // may stamp the Date header a few seconds apart from the Retry-After date.
            #expect(wait >= .seconds(3590) && wait <= .seconds(3610))
        }
    }

    @Test func fetch_503WithoutRetryAfter_failsWithTheStatus() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/status/503")
            #expect(result.outcome.error?.kind == .httpStatus(503))
        }
    }
}

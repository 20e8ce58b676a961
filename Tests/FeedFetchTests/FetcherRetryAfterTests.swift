import FeedBridgeTestSupport
import FeedFetch
import Foundation
import Testing

/// 429 and 503 with Retry-After, in seconds and as an HTTP date.
@Suite(.offCooperativePool) struct FetcherRetryAfterTests {
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
            // The wait runs from the response's own Date header (which the server stamps from
            // a clock it refreshes every second, late on a loaded machine) to the
            // Retry-After date, one hour after the handler's clock.
            let formatter = TestServer.httpDateFormatter()
            let retryAt = try #require(result.headers.retryAfter.flatMap(formatter.date(from:)))
            let stamped = try #require(result.headers.date.flatMap(formatter.date(from:)))
            #expect(wait == .seconds(Int(retryAt.timeIntervalSince(stamped))))
            #expect(wait >= .seconds(3590))
        }
    }

    @Test func fetch_503WithoutRetryAfter_failsWithTheStatus() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/status/503")
            #expect(result.outcome.error?.kind == .httpStatus(503))
        }
    }
}

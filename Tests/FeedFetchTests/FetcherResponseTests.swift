import FeedBridgeTestSupport
import FeedFetch
import FeedModel
import Testing

/// Plain responses: bodies, headers, conditional GET, error statuses, the User-Agent.
@Suite(.offCooperativePool) struct FetcherResponseTests {
    @Test func fetch_200_returnsBodyHeadersAndTimings() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne(FetchRequest(sourceID: "ba-dinh", url: "\(base)/feed/ba-dinh"))
            #expect(result.outcome == .ok)
            #expect(result.status == 200)
            #expect(result.request.sourceID == "ba-dinh")
            #expect(result.text == "<rss>ba-dinh</rss>")
            #expect(result.finalURL == "\(base)/feed/ba-dinh")
            #expect(result.movedPermanentlyTo == nil)
            #expect(result.headers.etag == TestServer.etag)
            #expect(result.headers.lastModified == TestServer.lastModified)
            #expect(result.headers.contentType == "application/rss+xml; charset=utf-8")
            #expect(result.headers.cacheControl == "max-age=900")
            #expect(result.timings.total > .zero)
            #expect(result.timings.firstByte <= result.timings.total)
        }
    }

    @Test func fetch_matchingETag_sendsIfNoneMatchAndReportsNotModified() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let result = try await fetchOne(FetchRequest(url: "\(base)/conditional", etag: TestServer.etag))
            #expect(result.outcome == .notModified)
            #expect(result.status == 304)
            #expect(result.body.isEmpty)
            #expect(log.headers(of: "/conditional")["if-none-match"] == TestServer.etag)
        }
    }

    @Test func fetch_matchingLastModified_sendsIfModifiedSinceAndReportsNotModified() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let result = try await fetchOne(FetchRequest(url: "\(base)/conditional", lastModified: TestServer.lastModified))
            #expect(result.outcome == .notModified)
            #expect(log.headers(of: "/conditional")["if-modified-since"] == TestServer.lastModified)
            #expect(log.headers(of: "/conditional")["if-none-match"] == nil)
        }
    }

    @Test func fetch_withoutValidators_sendsNoneAndGetsTheBody() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let result = try await fetchOne("\(base)/conditional")
            #expect(result.outcome == .ok)
            #expect(result.text == "<rss/>")
            #expect(log.headers(of: "/conditional")["if-none-match"] == nil)
            #expect(log.headers(of: "/conditional")["if-modified-since"] == nil)
            #expect(log.headers(of: "/conditional")["accept-encoding"]?.contains("gzip") == true)
        }
    }

    @Test func fetch_410_reportsGone() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/status/410")
            #expect(result.outcome == .gone)
            #expect(result.status == 410)
        }
    }

    @Test func fetch_500_failsWithTheStatus() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/status/500")
            #expect(result.outcome.error?.kind == .httpStatus(500))
            #expect(result.outcome.error?.description == "fetch: \(base)/status/500: HTTP 500")
        }
    }

    @Test func fetch_userAgent_namesFeedBridgeAndTheContact() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/ua", configuration: testConfiguration(contactURL: "https://hanoi.gov.vn/feedbridge"))
            #expect(result.text == "FeedBridge/\(FeedBridgeVersion.current) (+https://hanoi.gov.vn/feedbridge)")
        }
    }

    @Test func fetch_cancelledTask_endsWithCancelled() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let fetcher = try Fetcher(configuration: testConfiguration())
            let task = Task { await fetcher.fetch(FetchRequest(url: "\(base)/held/1")) }
            // Cancelled once the transfer is under way: the server holds the request.
            #expect(try await log.waitUntilHeld(1))
            task.cancel()
            let result = await task.value
            #expect(result.outcome.error?.kind == .cancelled)
        }
    }
}

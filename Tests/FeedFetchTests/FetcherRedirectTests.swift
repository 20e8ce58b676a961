import FeedBridgeTestSupport
import FeedFetch
import Testing

/// Redirects: permanent moves reported with the new URL, temporary ones not, limits held.
@Suite(.offCooperativePool) struct FetcherRedirectTests {
    @Test(arguments: [301, 308])
    func fetch_permanentRedirect_reportsTheNewURLAndItsBody(status: Int) async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/redirect/\(status)")
            #expect(result.outcome == .ok)
            #expect(result.movedPermanentlyTo == "\(base)/feed/moved")
            #expect(result.finalURL == "\(base)/feed/moved")
            #expect(result.text == "<rss>moved</rss>")
        }
    }

    @Test(arguments: [302, 303, 307])
    func fetch_temporaryRedirect_isFollowedButNotReportedAsAMove(status: Int) async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/redirect/\(status)")
            #expect(result.outcome == .ok)
            #expect(result.movedPermanentlyTo == nil)
            #expect(result.finalURL == "\(base)/feed/moved")
        }
    }

    @Test func fetch_permanentThenTemporaryRedirect_reportsTheFirstTarget() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/chain")
            #expect(result.movedPermanentlyTo == "\(base)/chain-temporary")
            #expect(result.finalURL == "\(base)/feed/final")
        }
    }

    @Test func fetch_redirectLoop_failsWithTooManyRedirects() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/loop")
            #expect(result.outcome.error?.kind == .tooManyRedirects(limit: 5))
            #expect(result.outcome.error?.description.hasPrefix("fetch: \(base)/loop: too many redirects") == true)
        }
    }

    @Test func fetch_redirectToFTP_isRefused() async throws {
        try await TestServer.with { base in
            let result = try await fetchOne("\(base)/to-ftp")
            #expect(result.outcome.error?.kind == .schemeNotAllowed)
            #expect(result.movedPermanentlyTo == nil)
        }
    }

    @Test(arguments: ["ftp://127.0.0.1/feed", "file:///etc/passwd"])
    func fetch_nonHTTPURL_isRefused(url: String) async throws {
        let result = try await fetchOne(url)
        #expect(result.outcome.error?.kind == .schemeNotAllowed)
        #expect(result.outcome.error?.description.hasPrefix("fetch: \(url): scheme not allowed") == true)
        #expect(result.body.isEmpty)
    }
}

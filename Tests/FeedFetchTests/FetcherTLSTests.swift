import FeedBridgeTestSupport
import FeedFetch
import Foundation
import Testing

/// TLS: verification on by default, failures reported, the per-request opt-out.
@Suite(.offCooperativePool) struct FetcherTLSTests {
    @Test func fetch_selfSignedCertificate_failsWithACertificateProblem() async throws {
        try await TestServer.with(tls: try TestServer.selfSignedTLS()) { base in
            let result = try await fetchOne("\(base)/feed/tls")
            #expect(result.outcome.error?.kind == .tlsCertificate)
            #expect(result.outcome.error?.description.hasPrefix("fetch: \(base)/feed/tls: TLS certificate problem: self") == true)
        }
    }

    @Test func fetch_selfSignedCertificateWithVerificationOff_succeeds() async throws {
        try await TestServer.with(tls: try TestServer.selfSignedTLS()) { base in
            let result = try await fetchOne(FetchRequest(url: "\(base)/feed/tls", verifyTLS: false))
            #expect(result.outcome == .ok)
            #expect(result.text == "<rss>tls</rss>")
            #expect(result.timings.tls > .zero)
            #expect(result.httpVersion == "HTTP/1.1")
        }
    }

    @Test func fetch_serverOfferingHTTP2_isFetchedOverHTTP2() async throws {
        try await TestServer.with(tls: try TestServer.selfSignedTLS(), http2: true) { base in
            let result = try await fetchOne(FetchRequest(url: "\(base)/feed/h2", verifyTLS: false))
            #expect(result.outcome == .ok)
            #expect(result.httpVersion == "HTTP/2")
            #expect(result.text == "<rss>h2</rss>")
        }
    }

    @Test func fetch_httpsToAPlainHTTPServer_failsTheHandshake() async throws {
        try await TestServer.with { base in
            let url = base.replacingOccurrences(of: "http://", with: "https://") + "/feed/plain"
            let result = try await fetchOne(url)
            #expect(result.outcome.error?.kind == .tlsHandshake)
        }
    }
}

import FeedFetch
import Foundation
import Testing

/// TLS: verification on by default, failures reported, the per-request opt-out.
@Suite struct FetcherTLSTests {
    @Test func fetch_selfSignedCertificate_failsWithACertificateProblem() async throws {
        try await TestServer.with(tls: try TestServer.selfSignedTLS()) { base in
            let result = try await fetchOne("\(base)/feed/tls")
            #expect(result.outcome.error?.kind == .tlsCertificate)
            #expect(result.outcome.error?.description.hasPrefix("fetch: \(base)/feed/tls: TLS certificate problem: self-signed certificate") == true)
        }
    }

    @Test func fetch_selfSignedCertificateWithVerificationOff_succeeds() async throws {
        try await TestServer.with(tls: try TestServer.selfSignedTLS()) { base in
            let result = try await fetchOne(FetchRequest(url: "\(base)/feed/tls", verifyTLS: false))
            #expect(result.outcome == .ok)
            #expect(result.text == "<rss>tls</rss>")
            #expect(result.timings.tls > .zero)
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

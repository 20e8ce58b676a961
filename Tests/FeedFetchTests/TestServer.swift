import FeedBridgeTestSupport
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdHTTP2
import HummingbirdTLS

/// A real HTTP(S) server on a loopback address and a free port, playing the behaviours
/// the fetcher must handle. Each route is one behaviour (see `TestServer+Routes.swift`).
enum TestServer {
    /// Starts a server on `host`, runs `body` with its base URL (`http://host:port`),
    /// then shuts the server down. With `tls`, the server speaks HTTPS, and with `http2`
    /// also offers HTTP/2 by ALPN.
    static func with<T: Sendable>(
        host: String = "127.0.0.1", log: ServerLog = ServerLog(), tls: TLSConfiguration? = nil, http2: Bool = false,
        _ body: @Sendable (String) async throws -> T
    ) async throws -> T {
        let router = Router()
        addRoutes(to: router, log: log)
        let server: HTTPServerBuilder = try tls.map { tls in
            try http2 ? .http2Upgrade(tlsConfiguration: tls) : .tls(.http1(), tlsConfiguration: tls)
        } ?? .http1()
        return try await LoopbackServer.with(router, host: host, server: server, scheme: tls == nil ? "http" : "https", body)
    }

    /// A TLS configuration with a self-signed certificate for 127.0.0.1 (valid until 2126).
    static func selfSignedTLS() throws -> TLSConfiguration {
        TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(certificatePEM.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(privateKeyPEM.utf8), format: .pem))
        )
    }

    private static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIBtTCCAVugAwIBAgIUIBQMz1YB8PaOFo1Sstxqv4xe5k0wCgYIKoZIzj0EAwIw
        ITEfMB0GA1UEAwwWRmVlZEJyaWRnZSB0ZXN0IHBvcnRhbDAgFw0yNjExMjkwMjM2
        MjRaGA8yMTI2MTEwNTAyMzYyNFowITEfMB0GA1UEAwwWRmVlZEJyaWRnZSB0ZXN0
        IHBvcnRhbDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABHwz/HkzZ6dBX8anqX+q
        T5e4GntzxluqFBPX+1FJDSIIGZitstby7yWi24YwoE4YUT2jAAcCzCW1qJ1omdB+
        U2yjbzBtMB0GA1UdDgQWBBR0ZYv5k1GqK0F99086f0V+vQLlFjAfBgNVHSMEGDAW
        gBR0ZYv5k1GqK0F99086f0V+vQLlFjAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQT
        MBGHBH8AAAGCCWxvY2FsaG9zdDAKBggqhkjOPQQDAgNIADBFAiEA+kpea/ee8nr4
        wnlm/Ov+pbSQYnwApnEJ9/Me1xviCB4CIFENoglLoaCDSD36OVeJgigqsZjq/yse
        A75jyVut0fvG
        -----END CERTIFICATE-----
        """

    /// The key of the test certificate above; it protects nothing else.
    private static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgWjrg2oCBKPCg5+Sn
        rqFbnzAKbP+7fw8Gg1hNtVvheL2hRANCAAR8M/x5M2enQV/Gp6l/qk+XuBp7c8Zb
        qhQT1/tRSQ0iCBmYrbLW8u8lotuGMKBOGFE9owAHAswltaidaJnQflNs
        -----END PRIVATE KEY-----
        """
}

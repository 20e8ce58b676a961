import FeedBridgeTestSupport
import FeedModel
import FeedServer
import Foundation
import HummingbirdTesting
import Testing

/// `server.cors`: which web pages may read the published files, and the preflight, over
/// real HTTP on a loopback socket.
@Suite(.offCooperativePool) struct CrossOriginTests {
    /// An output folder holding one feed, removed after `body`.
    private func withOutput(cors: AllowedOrigins?, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedserver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".utf8).write(to: folder.appendingPathComponent("feed.atom"))
        let app = buildApplication(ServerSettings(
            directory: folder.path, listen: ListenAddress(host: "127.0.0.1", port: 0), cors: cors
        ))
        try await app.test(.live) { client in try await body(client) }
    }

    @Test func get_anyOrigin_allowsEveryPageAndExposesTheValidators() async throws {
        try await withOutput(cors: .any) { client in
            let response = try await client.execute(uri: "/feed.atom", method: .get, headers: [.origin: "https://ward.example"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            #expect(response.headers[.accessControlExposeHeaders] == "ETag, Last-Modified")
            #expect(response.headers[.vary] == "Accept-Encoding")
            #expect(response.headers[.server] == "FeedBridge/\(FeedBridgeVersion.current)")
        }
    }

    @Test func get_listedOrigins_answersOnlyThoseAndVariesByOrigin() async throws {
        try await withOutput(cors: .only(["https://hanoi.gov.vn"])) { client in
            let listed = try await client.execute(uri: "/feed.atom", method: .get, headers: [.origin: "https://hanoi.gov.vn"])
            #expect(listed.headers[.accessControlAllowOrigin] == "https://hanoi.gov.vn")
            #expect(listed.headers[.vary] == "Accept-Encoding, Origin")
            let other = try await client.execute(uri: "/feed.atom", method: .get, headers: [.origin: "https://evil.example"])
            #expect(other.status == .ok)
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            #expect(other.headers[.vary] == "Accept-Encoding, Origin")
        }
    }

    @Test func options_preflightFromAnAllowedOrigin_isAnsweredWith204() async throws {
        try await withOutput(cors: .only(["https://hanoi.gov.vn"])) { client in
            let response = try await client.execute(uri: "/feed.atom", method: .options, headers: [
                .origin: "https://hanoi.gov.vn", .accessControlRequestMethod: "GET",
                .accessControlRequestHeaders: "if-none-match",
            ])
            #expect(response.status == .noContent)
            #expect(response.headers[.accessControlAllowOrigin] == "https://hanoi.gov.vn")
            #expect(response.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
            #expect(response.headers[.accessControlAllowHeaders] == "If-None-Match, If-Modified-Since")
            #expect(response.headers[.accessControlMaxAge] == "86400")
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func corsOff_sendsNoCORSHeadersAndNoPreflight() async throws {
        try await withOutput(cors: nil) { client in
            let response = try await client.execute(uri: "/feed.atom", method: .get, headers: [.origin: "https://ward.example"])
            #expect(response.status == .ok)
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            let preflight = try await client.execute(uri: "/feed.atom", method: .options, headers: [
                .origin: "https://ward.example", .accessControlRequestMethod: "GET",
            ])
            #expect(preflight.status != .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == nil)
        }
    }
}

import FeedBridgeTestSupport
import FeedServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The published files as a feed reader or a cache sees them: media types, strong
/// validators, 304, HEAD, gzip siblings, `Cache-Control`, `Vary`.
@Suite(.offCooperativePool) struct PublishedFilesTests {
    @Test func get_feed_carriesItsTypeStrongTagDateAndCaching() async throws {
        let output = try OutputFixture()
        try await output.application(maxAge: 300).test(.router) { client in
            let response = try await client.execute(uri: "/feed.atom", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            #expect(Array(buffer: response.body) == output.feed)
            let etag = try #require(response.headers[.eTag])
            #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"))
            #expect(response.headers[.cacheControl] == "public, max-age=300")
            #expect(response.headers[.vary] == "Accept-Encoding")
            #expect(response.headers[.contentEncoding] == nil)
            #expect(response.headers[.lastModified]?.hasSuffix(" GMT") == true)
            #expect(response.headers[.contentLength] == String(output.feed.count))
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: page.body).contains("<html lang=\"vi\">"))
        }
    }

    @Test func get_closedArchiveMonth_isCachedForAYear_openMonthAsAnyFile() async throws {
        let output = try OutputFixture()
        try FileManager.default.createDirectory(at: output.folder.appendingPathComponent("archive"), withIntermediateDirectories: true)
        try output.publish("archive/2026-10.atom", Array("<feed><link rel=\"current\" href=\"/feed.atom\"/><fh:archive/></feed>".utf8))
        try output.publish("archive/2026-11.atom", Array("<feed><link rel=\"current\" href=\"/feed.atom\"/></feed>".utf8))
        try output.publish("feed-copy.atom", Array("<feed><fh:archive/></feed>".utf8))
        try await output.application(maxAge: 300).test(.router) { client in
            let closed = try await client.execute(uri: "/archive/2026-10.atom", method: .get)
            #expect(closed.headers[.cacheControl] == "public, max-age=31536000, immutable")
            let open = try await client.execute(uri: "/archive/2026-11.atom", method: .get)
            #expect(open.headers[.cacheControl] == "public, max-age=300")
            let elsewhere = try await client.execute(uri: "/feed-copy.atom", method: .get)
            #expect(elsewhere.headers[.cacheControl] == "public, max-age=300")
        }
    }

    @Test func get_ifNoneMatch_answers304ForTheTagAListAWeakFormAndStar() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let etag = try #require(try await client.execute(uri: "/feed.atom", method: .get).headers[.eTag])
            for field in [etag, "\"other\", \(etag)", "W/\(etag)", "*", "\"a,b\",\(etag)"] {
                let response = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifNoneMatch: field])
                #expect(response.status == .notModified, "If-None-Match: \(field)")
                #expect(response.headers[.eTag] == etag)
                #expect(response.body.readableBytes == 0)
            }
            let other = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifNoneMatch: "\"0000\""])
            #expect(other.status == .ok)
        }
    }

    @Test func get_ifModifiedSince_answers304UnlessTheFileIsNewer() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let first = try await client.execute(uri: "/feed.atom", method: .get)
            let lastModified = try #require(first.headers[.lastModified])
            let same = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifModifiedSince: lastModified])
            #expect(same.status == .notModified)
            let older = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"])
            #expect(older.status == .ok)
            // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
            let both = try await client.execute(
                uri: "/feed.atom", method: .get, headers: [.ifModifiedSince: lastModified, .ifNoneMatch: "\"stale\""]
            )
            #expect(both.status == .ok)
        }
    }

    @Test func head_givesTheHeadersOfGetWithoutTheBody() async throws {
        let output = try OutputFixture()
        try await output.application().test(.live) { client in
            let get = try await client.execute(uri: "/feed.atom", method: .get)
            let head = try await client.execute(uri: "/feed.atom", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(output.feed.count))
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentType] == get.headers[.contentType])
        }
    }

    @Test func get_acceptingGzip_servesTheSiblingWithItsOwnTagThatDecompressesToTheFile() async throws {
        let output = try OutputFixture()
        try await output.application().test(.live) { client in
            let plain = try await client.execute(uri: "/feed.atom", method: .get)
            let gzip = try await client.execute(uri: "/feed.atom", method: .get, headers: [.acceptEncoding: "br, gzip;q=0.8"])
            #expect(gzip.status == .ok)
            #expect(gzip.headers[.contentEncoding] == "gzip")
            #expect(gzip.headers[.vary] == "Accept-Encoding")
            let gzipTag = try #require(gzip.headers[.eTag])
            #expect(gzipTag != plain.headers[.eTag])
            let inflated = try await ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), ["-dc"], input: Data(buffer: gzip.body))
            #expect(inflated.status == 0)
            #expect(Array(inflated.outputData) == output.feed)
            let again = try await client.execute(
                uri: "/feed.atom", method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: gzipTag]
            )
            #expect(again.status == .notModified)
            let refused = try await client.execute(uri: "/feed.atom", method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(refused.headers[.contentEncoding] == nil)
            #expect(Array(buffer: refused.body) == output.feed)
        }
    }

    @Test func get_staleOrMissingSibling_servesTheFileItself() async throws {
        let output = try OutputFixture()
        try output.write("feed.atom.gz", try await gzipped("<feed>old</feed>"))
        try output.publish("feed.rss", Array("<rss version=\"2.0\"/>".utf8), gzip: false)
        try await output.application().test(.router) { client in
            for path in ["/feed.atom", "/feed.rss"] {
                let response = try await client.execute(uri: path, method: .get, headers: [.acceptEncoding: "gzip"])
                #expect(response.status == .ok)
                #expect(response.headers[.contentEncoding] == nil, "\(path)")
            }
        }
    }

    @Test func get_afterANewVersion_servesItWithANewTag() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let first = try await client.execute(uri: "/feed.atom", method: .get)
            let newer = Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Mới</title></feed>\n".utf8)
            try output.publish("feed.atom", newer)
            let second = try await client.execute(uri: "/feed.atom", method: .get, headers: [.ifNoneMatch: first.headers[.eTag] ?? ""])
            #expect(second.status == .ok)
            #expect(Array(buffer: second.body) == newer)
            #expect(second.headers[.eTag] != first.headers[.eTag])
        }
    }

    private func gzipped(_ text: String) async throws -> [UInt8] {
        Array(try await ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), ["-c"], input: Data(text.utf8)).outputData)
    }
}

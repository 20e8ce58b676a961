import FeedBridgeTestSupport
import FeedServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Nothing outside what the publisher wrote is reachable: `..` in any spelling, dotfiles
/// and temporary files, symbolic links, other kinds of files; the 404 is in Vietnamese.
@Suite(.offCooperativePool) struct ReachabilityTests {
    @Test(arguments: [
        "/../secret.atom", "/%2e%2e/secret.atom", "/units/..%2Fsecret.atom", "/units/%2E%2E/%2E%2E/secret.atom",
        "/.hidden.atom", "/units/.ba-dinh.atom.tmp-1.atom", "/feed.atom.gz", "/notes.txt", "/units/", "/units",
        "/link.atom", "/linked/feed.atom", "/units//ba-dinh.atom", "/feed.atom%00.html", "/nothing.atom",
    ])
    func get_pathOutsideThePublishedFiles_isTheVietnamese404(path: String) async throws {
        let output = try OutputFixture()
        let outside = output.folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("secret".utf8).write(to: outside.appendingPathComponent("feed.atom"))
        try Data("secret".utf8).write(to: output.folder.appendingPathComponent(".hidden.atom"))
        try Data("notes".utf8).write(to: output.folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(
            at: output.folder.appendingPathComponent("link.atom"), withDestinationURL: outside.appendingPathComponent("feed.atom")
        )
        try FileManager.default.createSymbolicLink(at: output.folder.appendingPathComponent("linked"), withDestinationURL: outside)
        try await output.application().test(.router) { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: response.body).contains("Không tìm thấy trang"))
            #expect(!String(buffer: response.body).contains("secret"))
        }
    }

    @Test func get_unitFeedInItsFolder_isServed() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let unit = try await client.execute(uri: "/units/ba-dinh.atom", method: .get)
            #expect(unit.status == .ok)
            let escaped = try await client.execute(uri: "/units/ba%2Ddinh.atom?x=1", method: .get)
            #expect(escaped.status == .ok)
        }
    }

    @Test func post_toAFile_isTheVietnamese404() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let response = try await client.execute(uri: "/feed.atom", method: .post)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("Không tìm thấy trang"))
        }
    }

    @Test func healthz_andReadyz_answerForAPlainFileServer() async throws {
        let output = try OutputFixture()
        try await output.application().test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(String(buffer: health.body) == "ok\n")
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
        }
        try FileManager.default.removeItem(at: output.folder)
        try await output.application().test(.router) { client in
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(String(buffer: ready.body).contains("does not exist"))
        }
    }
}

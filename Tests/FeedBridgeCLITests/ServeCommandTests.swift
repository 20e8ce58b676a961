import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge serve` run as a real process, asked with curl.
@Suite(.offCooperativePool) struct ServeCommandTests {
    @Test func serve_outputFolder_answersFilesGzip304AndTheVietnamese404() async throws {
        let config = try ScratchFile("""
            city: {title: Hà Nội, link: "https://hanoi.gov.vn/"}
            output: {dir: out}
            server: {cache_max_age: 2m}
            sources: [{id: hanoi, url: "https://hanoi.gov.vn/rss"}]
            """, name: "feeds.yaml")
        let out = URL(fileURLWithPath: config.folder).appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let feed = Data("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hà Nội</title></feed>\n".utf8)
        try feed.write(to: out.appendingPathComponent("feed.atom"))
        let gzip = try await ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), ["-c"], input: feed)
        try gzip.outputData.write(to: out.appendingPathComponent("feed.atom.gz"))

        let server = try BackgroundProcess(ProcessRunner.feedbridge, ["serve", "--config", config.path, "--listen", "127.0.0.1:0"])
        defer { server.stop() }
        let serving = try #require(await server.waitForLine(matching: "^Serving .* on http://"), "\(server.printed)")
        let base = try #require(serving.split(separator: " ").last.map(String.init))

        let plain = try await curl(["-D", "-", "-o", "/dev/null", base + "feed.atom"])
        #expect(plain.contains("HTTP/1.1 200"))
        #expect(plain.lowercased().contains("content-type: application/atom+xml; charset=utf-8"))
        #expect(plain.lowercased().contains("cache-control: public, max-age=120"))
        let etag = try #require(plain.split(separator: "\r\n").first { $0.lowercased().hasPrefix("etag: ") }?.dropFirst(6))
        let revalidated = try await curl(["-D", "-", "-o", "/dev/null", "-H", "If-None-Match: \(etag)", base + "feed.atom"])
        #expect(revalidated.hasPrefix("HTTP/1.1 304"))
        let compressed = try await curl(["-D", "-", "-o", "/dev/null", "-H", "Accept-Encoding: gzip", base + "feed.atom"])
        #expect(compressed.lowercased().contains("content-encoding: gzip"))
        let inflated = try await ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "--compressed", base + "feed.atom"])
        #expect(inflated.outputData == feed)
        let missing = try await curl(["-o", "-", "-w", "%{http_code}", base + "..%2Ffeeds.yaml"])
        #expect(missing.contains("Không tìm thấy trang") && missing.hasSuffix("404"))
    }

    private func curl(_ arguments: [String]) async throws -> String {
        try await ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s"] + arguments).standardOutput
    }
}

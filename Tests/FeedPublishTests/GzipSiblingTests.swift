import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// Every published file has a `.gz` sibling holding the same bytes compressed (for
/// servers that send it, like nginx's `gzip_static`), kept in step with the file.
@Suite(.offCooperativePool) struct GzipSiblingTests {
    typealias Fixture = PublicationFixture

    private static let files = ["feed.atom", "feed.rss", "feed.json", "index.html", "sources.opml", "units/ba-dinh.atom"]

    private func inflate(_ path: String) async throws -> Data {
        let compressed = try Data(contentsOf: URL(fileURLWithPath: path))
        let output = try await ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), ["-dc"], input: compressed)
        #expect(output.status == 0, "\(output.standardError)")
        return output.outputData
    }

    @Test func publish_everyFile_hasASiblingThatDecompressesToIt() async throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        for file in Self.files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: output.path(file)))
            #expect(try await inflate(output.path(file + ".gz")) == bytes, "\(file)")
        }
    }

    @Test func publish_changedStory_rewritesTheSiblingWithTheFile() async throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        var meeting = Fixture.meeting
        meeting.item.title = "Tin đã sửa"
        try output.publish(Fixture.publication(stories: [Fixture.festival, meeting, Fixture.harvest]))
        let inflated = try await inflate(output.path("feed.atom.gz"))
        #expect(String(decoding: inflated, as: UTF8.self).contains("Tin đã sửa"))
        #expect(inflated == (try Data(contentsOf: URL(fileURLWithPath: output.path("feed.atom")))))
    }

    @Test func publish_missingOrStaleSibling_isWrittenAgainThoughTheFileIsUnchanged() async throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        try FileManager.default.removeItem(atPath: output.path("feed.rss.gz"))
        try FileManager.default.copyItem(atPath: output.path("feed.json.gz"), toPath: output.path("feed.rss.gz.old"))
        try FileManager.default.removeItem(atPath: output.path("feed.atom.gz"))
        try FileManager.default.moveItem(atPath: output.path("feed.rss.gz.old"), toPath: output.path("feed.atom.gz"))
        let report = try output.publish(Fixture.publication())
        #expect(report.written.isEmpty)
        for file in ["feed.atom", "feed.rss"] {
            #expect(try await inflate(output.path(file + ".gz")) == (try Data(contentsOf: URL(fileURLWithPath: output.path(file)))))
        }
    }

    @Test func publish_portalNoLongerListed_removesItsSiblingToo() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let report = try output.publish(Fixture.publication(portals: Fixture.portals.filter { $0.id != "hoan-kiem" }))
        #expect(report.removed == ["units/hoan-kiem.atom"])
        #expect(!FileManager.default.fileExists(atPath: output.path("units/hoan-kiem.atom.gz")))
        #expect(FileManager.default.fileExists(atPath: output.path("units/ba-dinh.atom.gz")))
    }
}

import FeedBridge
import FeedBridgeTestSupport
import FeedConfig
import Foundation
import Testing

/// A cycle publishes only when what the files show changed: the stored stories, or any
/// setting of feeds.yaml that shapes them.
@Suite(.offCooperativePool) struct PublishFingerprintTests {
    /// An aggregator on `folder` whose city feed is titled `title` and whose one source is named `portal`.
    private func aggregator(in folder: URL, title: String, portal: String, formats: String = "[atom, opml]") throws -> Aggregator {
        let configuration = try ConfigLoader.load(yaml: """
            city: {title: "\(title)", link: "https://hanoi.gov.vn/"}
            output: {formats: \(formats)}
            sources: [{id: hanoi, name: "\(portal)", url: "https://hanoi.gov.vn/rss"}]
            """)
        return try Aggregator(configuration: configuration, directory: folder)
    }

    @Test func publishIfChanged_afterASettingChanges_rewritesTheFilesShowingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fingerprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }

        let first = try aggregator(in: folder, title: "Hà Nội", portal: "Cổng Hà Nội")
        #expect(Set(try first.publishIfChanged().written) == ["feed.atom", "sources.opml", "units/hanoi.atom"])
        let again = try first.publishIfChanged()
        #expect(again.written.isEmpty)
        #expect(again.unchanged.contains("feed.atom"))

        let retitled = try aggregator(in: folder, title: "Thủ đô", portal: "Cổng Hà Nội")
        #expect(try retitled.publishIfChanged().written.contains("feed.atom"))
        let atom = try String(contentsOf: folder.appendingPathComponent("output/feed.atom"), encoding: .utf8)
        #expect(atom.contains("<title>Thủ đô</title>"))

        let renamed = try aggregator(in: folder, title: "Thủ đô", portal: "Cổng thông tin Hà Nội")
        #expect(try renamed.publishIfChanged().written.contains("sources.opml"))

        let moreFormats = try aggregator(in: folder, title: "Thủ đô", portal: "Cổng thông tin Hà Nội", formats: "[atom, opml, rss]")
        #expect(try moreFormats.publishIfChanged().written == ["feed.rss"])
    }
}

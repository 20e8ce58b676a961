import FeedBridge
import FeedBridgeTestSupport
import FeedConfig
import FeedFetch
import Foundation
import Hummingbird
import Synchronization
import Testing

/// WebSub, the publisher's half: every subscribable feed names the hubs, and after a
/// publish that changed feeds each hub is pinged (`hub.mode=publish`), in the background,
/// with retries; a cycle that changed nothing pings nobody.
@Suite(.offCooperativePool) struct WebSubTests {
    /// The form bodies a loopback hub received; it answers 500 to the first `failures` pings.
    final class Hub: Sendable {
        let pings = Mutex<[String]>([])
        let failures: Int
        init(failures: Int = 0) { self.failures = failures }
    }

    /// A loopback server: `POST /hub` is the hub, `GET /feed` a portal's RSS feed.
    private func withServer<T: Sendable>(_ hub: Hub, _ body: @Sendable (String) async throws -> T) async throws -> T {
        let router = Router()
        router.post("hub") { request, _ -> Response in
            let form = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let count = hub.pings.withLock { $0.append(form); return $0.count }
            return Response(status: count <= hub.failures ? .internalServerError : .noContent)
        }
        router.get("feed") { _, _ -> Response in
            let rss = """
                <rss version="2.0"><channel><title>Phường Ba Đình</title><link>https://badinh.example/</link>
                <item><title>Khai mạc hội chợ xuân tại phường Ba Đình năm 2026</title><link>https://badinh.example/1</link>
                <guid>https://badinh.example/1</guid><pubDate>Tue, 01 Dec 2026 08:00:00 +0700</pubDate></item>
                </channel></rss>
                """
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: .init(byteBuffer: ByteBuffer(string: rss)))
        }
        return try await LoopbackServer.with(router, body)
    }

    @Test func cycle_changedFeeds_pingTheHub_unchangedPingNobody() async throws {
        let hub = Hub()
        try await withServer(hub) { server in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("websub-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let configuration = try ConfigLoader.load(yaml: """
                city: {title: "Hà Nội", link: "https://hanoi.gov.vn/"}
                output: {formats: [atom, rss, json, html], url: "https://tin.hanoi.gov.vn/"}
                websub: {hubs: ["\(server)/hub"]}
                sources: [{id: ba-dinh, name: "Phường Ba Đình", url: "\(server)/feed"}]
                """)
            let aggregator = try Aggregator(configuration: configuration, directory: folder)
            let report = try await aggregator.runCycle()
            #expect(report.count(.ok) == 1)
            await aggregator.hubs?.finish(within: .seconds(60))

            let pings = hub.pings.withLock { $0 }
            #expect(pings.count == 1, "\(pings)")
            let fields = (pings.first ?? "").split(separator: "&").map(String.init)
            #expect(fields.first == "hub.mode=publish")
            let told = Set(fields.dropFirst().map { $0.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2F", with: "/") })
            #expect(told == [
                "hub.url=https://tin.hanoi.gov.vn/feed.atom", "hub.url=https://tin.hanoi.gov.vn/feed.rss",
                "hub.url=https://tin.hanoi.gov.vn/feed.json", "hub.url=https://tin.hanoi.gov.vn/units/ba-dinh.atom",
            ], "the page, the OPML and the archives are not feeds to push")
            #expect(aggregator.hubs?.deliveries == HubNotifier.Deliveries(delivered: 1, failed: 0, retried: 0))

            let output = folder.appendingPathComponent("output")
            let atom = try String(contentsOf: output.appendingPathComponent("feed.atom"), encoding: .utf8)
            #expect(atom.contains(#"<link rel="hub" href="\#(server)/hub"/>"#))
            #expect(atom.contains(#"<link rel="self" type="application/atom+xml" href="https://tin.hanoi.gov.vn/feed.atom"/>"#))
            let unit = try String(contentsOf: output.appendingPathComponent("units/ba-dinh.atom"), encoding: .utf8)
            #expect(unit.contains(#"<link rel="hub" href="\#(server)/hub"/>"#))
            let rss = try String(contentsOf: output.appendingPathComponent("feed.rss"), encoding: .utf8)
            #expect(rss.contains(#"<atom:link href="\#(server)/hub" rel="hub"/>"#))
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("feed.json"))) as? [String: Any]
            let hubs = json?["hubs"] as? [[String: String]]
            #expect(hubs == [["type": "WebSub", "url": "\(server)/hub"]])
            let archive = try String(contentsOf: output.appendingPathComponent("archive/2026-12.atom"), encoding: .utf8)
            #expect(!archive.contains(#"rel="hub""#), "an archive is no feed to subscribe to")

            // Nothing new: nothing published, nobody pinged.
            _ = try await aggregator.runCycle()
            await aggregator.hubs?.finish(within: .seconds(60))
            #expect(hub.pings.withLock { $0.count } == 1)
        }
    }

    @Test func notify_failingHub_isRetriedThenGivenUp() async throws {
        let flaky = Hub(failures: 2)
        try await withServer(flaky) { server in
            let notifier = HubNotifier(hubs: ["\(server)/hub"], fetcher: try Fetcher(), retryDelays: [.milliseconds(50), .milliseconds(50), .milliseconds(50)])
            notifier.notify(["https://tin.hanoi.gov.vn/feed.atom"])
            await notifier.finish(within: .seconds(60))
            #expect(flaky.pings.withLock { $0.count } == 3)
            #expect(notifier.deliveries == HubNotifier.Deliveries(delivered: 1, failed: 0, retried: 2))
        }
        let down = Hub(failures: .max)
        try await withServer(down) { server in
            let notifier = HubNotifier(hubs: ["\(server)/hub"], fetcher: try Fetcher(), retryDelays: [.milliseconds(50)])
            notifier.notify(["https://tin.hanoi.gov.vn/feed.atom"])
            await notifier.finish(within: .seconds(60))
            #expect(down.pings.withLock { $0.count } == 2)
            #expect(notifier.deliveries == HubNotifier.Deliveries(delivered: 0, failed: 1, retried: 1))
        }
    }
}

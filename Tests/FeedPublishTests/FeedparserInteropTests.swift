import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// The Python that has feedparser, from `FEEDBRIDGE_PYTHON`.
let feedparserPython = ProcessInfo.processInfo.environment["FEEDBRIDGE_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

/// The files as Python's feedparser (what many feed tools are built on) reads them.
///
/// `FEEDBRIDGE_PYTHON` names a Python with `feedparser` installed (the Makefile sets
/// it; locally: `python3 -m venv .build-venv && .build-venv/bin/pip install feedparser`).
/// feedparser 6 has no JSON Feed reader, so the script checks `feed.json` against
/// JSON Feed 1.1's required fields and item keys (`author` is 1.1's deprecated 1.0 key,
/// kept for 1.0 readers) with Python's own `json`.
@Suite(.offCooperativePool, .enabled(if: feedparserPython != nil, "FEEDBRIDGE_PYTHON is not set: no Python with feedparser to check the feeds with"))
struct FeedparserInteropTests {
    static let script = #"""
        import json, sys, feedparser
        out = {}
        for path in sys.argv[1:]:
            if path.endswith(".json"):
                with open(path, encoding="utf-8") as f:
                    feed = json.load(f)
                ok = feed["version"] == "https://jsonfeed.org/version/1.1" and isinstance(feed["title"], str)
                for item in feed["items"]:
                    ok = ok and isinstance(item["id"], str) and ("content_html" in item or "content_text" in item)
                    ok = ok and all("url" in a and "mime_type" in a for a in item.get("attachments", []))
                    ok = ok and all(k.startswith("_") or k in (
                        "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
                        "banner_image", "date_published", "date_modified", "authors", "author", "tags", "language",
                        "attachments")
                        for k in item)
                out[path] = {"bozo": 0 if ok else 1, "ids": [i["id"] for i in feed["items"]],
                             "links": [i.get("url") for i in feed["items"]], "via": []}
                continue
            d = feedparser.parse(path)
            out[path] = {
                "bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                "ids": [e.get("id") for e in d.entries], "links": [e.get("link") for e in d.entries],
                "via": [[l["href"] for l in e.get("links", []) if l.get("rel") == "via"] for e in d.entries],
                "source": [e.get("source", {}).get("title") for e in d.entries],
            }
        print(json.dumps(out))
        """#

    private struct Result: Decodable {
        var bozo: Int
        var error: String?
        var version: String?
        var ids: [String?]
        var links: [String?]
        var via: [[String]]
        var source: [String?]?
    }

    @Test func feedparser_readsEveryFeedWithoutComplaint() async throws {
        let output = try OutputDirectory()
        let publication = HostileTextTests.hostilePublication()
        try output.publish(publication)
        let files = ["feed.atom", "feed.rss", "feed.json"].map(output.path)
        let arguments = ["-c", Self.script] + files + [output.path("units/hanoi.atom")]
        let run = try await ProcessRunner.run(URL(fileURLWithPath: try #require(feedparserPython)), arguments)
        try #require(run.status == 0, "\(run.standardError)")
        let results = try JSONDecoder().decode([String: Result].self, from: run.outputData)
        let ids = publication.stories.map(\.id)
        let links = publication.stories.map(\.item.link)
        for file in files {
            let result = try #require(results[file])
            #expect(result.bozo == 0, "\(file): \(result.error ?? "")")
            #expect(result.ids == ids, "\(file)")
            #expect(result.links == links, "\(file)")
        }
        let atom = try #require(results[output.path("feed.atom")])
        #expect(atom.version == "atom10")
        #expect(atom.via == [["https://hoankiem.hanoi.gov.vn/tin/le-hoi"], []])
        #expect(atom.source == ["Cổng thông tin điện tử Hà Nội", "Phường <b>Ba Đình</b> & \"xã\""])
        #expect(results[output.path("feed.rss")]?.version == "rss20")
        let unit = try #require(results[output.path("units/hanoi.atom")])
        #expect(unit.bozo == 0, "\(unit.error ?? "")")
        #expect(unit.ids == [PublicationFixture.festival.id])
    }
}

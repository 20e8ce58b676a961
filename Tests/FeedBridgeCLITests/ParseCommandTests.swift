import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge parse` run as a real process.
@Suite(.offCooperativePool) struct ParseCommandTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Phường Hoàn Kiếm</title><link>https://hoankiem.hanoi.gov.vn/</link>
        <item><title>Hội nghị tổng kết</title><link>/tin/1.htm</link><pubDate>14/02/2019 5:27 PM</pubDate></item>
        </channel></rss>
        """

    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func parse_file_printsTheContractJSON() async throws {
        let file = try ScratchFile(Self.rss)
        let run = try await ProcessRunner.feedbridge(["parse", file.path])
        #expect(run.status == 0)
        let feed = try json(run.standardOutput)
        #expect(feed["format"] as? String == "rss20")
        #expect(feed["malformed"] as? Bool == false)
        #expect(feed["title"] as? String == "Phường Hoàn Kiếm")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.first?["link"] as? String == "https://hoankiem.hanoi.gov.vn/tin/1.htm")
        #expect(items.first?["published"] as? String == "2019-02-14T10:27:00Z")
    }

    @Test func parse_standardInput_withBaseAndTimezone() async throws {
        let run = try await ProcessRunner.feedbridge(["parse", "--base", "https://mirror.vn/rss", "--timezone", "UTC", "--compact", "-"], input: Data(Self.rss.utf8))
        #expect(run.status == 0)
        #expect(run.standardOutput.split(separator: "\n").count == 1)
        let items = try #require(try json(run.standardOutput)["items"] as? [[String: Any]])
        #expect(items.first?["link"] as? String == "https://mirror.vn/tin/1.htm")
        #expect(items.first?["published"] as? String == "2019-02-14T17:27:00Z")
    }

    @Test func parse_contentTypeCharset_decodesLatin1Bytes() async throws {
        var bytes = Data(#"<rss version="2.0"><channel><title>Caf"#.utf8)
        bytes.append(0xE9)  // é in ISO-8859-1
        bytes.append(Data("</title></channel></rss>".utf8))
        let run = try await ProcessRunner.feedbridge(["parse", "--content-type", "text/xml; charset=iso-8859-1", "-"], input: bytes)
        #expect(run.status == 0)
        #expect(try json(run.standardOutput)["title"] as? String == "Café")
    }

    @Test func parse_htmlPage_failsWithOneLineError() async throws {
        let file = try ScratchFile("<!DOCTYPE html><html><body>Lỗi 404</body></html>", name: "page.html")
        let run = try await ProcessRunner.feedbridge(["parse", file.path])
        #expect(run.status != 0)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "feedbridge: parse: not a feed (looks like HTML)\n")
    }

    @Test func parse_missingFile_namesIt() async throws {
        let run = try await ProcessRunner.feedbridge(["parse", "/nonexistent/feed.xml"])
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("feedbridge: parse: cannot read /nonexistent/feed.xml:"))
    }

    @Test func parse_bench_countsFilesAndItems() async throws {
        let file = try ScratchFile(Self.rss)
        try Data(Self.rss.utf8).write(to: URL(fileURLWithPath: file.folder + "/second.xml"))
        let run = try await ProcessRunner.feedbridge(["parse", "--bench", file.folder])
        #expect(run.status == 0)
        let figures = try json(run.standardOutput)
        #expect(figures["files"] as? Int == 2)
        #expect(figures["items"] as? Int == 2)
        #expect(figures["failures"] as? Int == 0)
    }
}

import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge parse --html-rules` run as a real process, with the shipped feeds.yaml's presets.
@Suite(.offCooperativePool) struct HTMLBridgeCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let feedsYAML = repository.appendingPathComponent("feeds.yaml").path
    static let liferayPage = try! String(
        contentsOf: repository.appendingPathComponent("Tests/FeedParseTests/Fixtures/html/html_liferay_assetPublisher.html"), encoding: .utf8)

    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func parse_htmlRulesPreset_printsTheItems() async throws {
        let page = try ScratchFile(Self.liferayPage, name: "tin-tuc.html")
        let run = try await ProcessRunner.feedbridge([
            "parse", "--config", Self.feedsYAML, "--html-rules", "liferay-news",
            "--base", "https://hoankiem.hanoi.gov.vn/tin-tuc-su-kien", page.path,
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let feed = try json(run.standardOutput)
        #expect(feed["format"] as? String == "html")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 3)
        #expect(items.first?["title"] as? String == "Hội nghị tổng kết công tác năm 2018, triển khai nhiệm vụ năm 2019")
        #expect(items.first?["published"] as? String == "2019-02-14T10:27:00Z")
        #expect(feed["next_page"] as? String == "https://hoankiem.hanoi.gov.vn/tin-tuc-su-kien?p_p_id=101_INSTANCE_aBcD1234&cur=2")
        #expect(run.standardError.isEmpty)
    }

    @Test func parse_rulesMatchingBadly_printWarningsOnStandardError() async throws {
        let page = """
            <html><head><title>Đăng nhập</title></head><body><ul>
            <li><a href="/tin/1">Tin một</a></li><li><a href="/tin/1">Tin một (bản sao)</a> <span>(20/12/2099)</span></li>
            </ul></body></html>
            """
        let rules = try ScratchFile("{item: \"//li\", title: ./a, link: ./a/@href, date: ./span}", name: "rules.yaml")
        let run = try await ProcessRunner.feedbridge(
            ["parse", "--config", "/nonexistent/feeds.yaml", "--html-rules", rules.path, "--base", "https://a.vn/", "--compact", "-"],
            input: Data(page.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == """
            warning: the page looks like a login page (title 'Đăng nhập')
            warning: 1 of 2 items has no date (they will be dated when first seen)
            warning: 1 date in the future was dropped
            warning: 2 items share the link https://a.vn/tin/1

            """)
        let feed = try json(run.standardOutput)
        #expect((feed["items"] as? [[String: Any]])?.count == 2)
    }

    @Test func parse_htmlRulesFile_readsStandardInput() async throws {
        let rules = try ScratchFile("""
            item: "//li"
            title: "./a"
            link: "./a/@href"
            date: "./span"
            """, name: "rules.yaml")
        let page = #"<ul><li><a href="/tin/1">Tin một</a> <span>(24/08/2022)</span></li></ul>"#
        let run = try await ProcessRunner.feedbridge(
            ["parse", "--config", "/nonexistent/feeds.yaml", "--html-rules", rules.path, "--base", "https://a.vn/", "--compact", "-"],
            input: Data(page.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == #"{"format":"html","malformed":false,"link":"https://a.vn/","items":[{"title":"Tin một","link":"https://a.vn/tin/1","published":"2022-08-23T17:00:00Z"}]}"# + "\n")
    }

    @Test func parse_unknownPreset_namesTheKnownOnes() async throws {
        let page = try ScratchFile("<html></html>", name: "page.html")
        let run = try await ProcessRunner.feedbridge(["parse", "--config", Self.feedsYAML, "--html-rules", "liferay", page.path])
        #expect(run.status != 0)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "feedbridge: config: unknown preset 'liferay' in \(Self.feedsYAML) (presets: liferay-news, list-news)\n")
    }
}

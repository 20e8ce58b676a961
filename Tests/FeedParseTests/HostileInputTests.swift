import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// Hostile and broken documents: each ends with an exact, safe outcome.
@Suite(.offCooperativePool) struct HostileInputTests {
    let parser = FeedParser()

    private func parse(_ text: String) throws -> Feed {
        try parser.parse(Array(text.utf8))
    }

    @Test func parse_externalEntity_isNeverLoaded() throws {
        let secret = try TemporaryFile(contents: "TOP-SECRET-CONTENT")
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <rss version="2.0"><channel><title>A&xxe;B</title>
            <item><title>&xxe;</title><link>https://a.vn/1</link></item></channel></rss>
            """)
        #expect(feed.title == "AB")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title == nil)
        #expect(!feed.contractJSON().contains("TOP-SECRET"))
        #expect(feed.malformed)
    }

    @Test func parse_externalDTDAndParameterEntity_neverTouchTheNetwork() throws {
        let listener = try LoopbackListener()
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:\(listener.port)/evil.dtd" [
              <!ENTITY % remote SYSTEM "http://127.0.0.1:\(listener.port)/param.dtd"> %remote;
            ]>
            <rss version="2.0"><channel><title>Tin</title></channel></rss>
            """)
        #expect(feed.title == "Tin")
        #expect(listener.connectionsAccepted() == 0)
    }

    @Test func parse_billionLaughs_expandsNothing() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(previous)\">"
        }
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [\(declarations)]>
            <rss version="2.0"><channel><title>x&lol9;y</title>
            <item><title>Tin mới</title><description>&lol9;&lol9;</description></item></channel></rss>
            """)
        #expect(feed.title == "xy")
        #expect(feed.items.map(\.title) == ["Tin mới"])
        #expect(feed.items[0].summary == nil)
    }

    @Test func parse_tenThousandDeepNesting_endsWithBoundedResult() throws {
        let depth = 10_000
        let text = #"<rss version="2.0"><channel><title>Sâu</title><item><title>Một</title></item><item><description>"#
            + String(repeating: "<div>", count: depth) + "x" + String(repeating: "</div>", count: depth)
            + "</description></item></channel></rss>"
        let feed = try parse(text)
        #expect(feed.title == "Sâu")
        #expect(feed.malformed)
        #expect(feed.items.first?.title == "Một")
        #expect(feed.items.count <= 2)
    }

    @Test func parse_documentOverTheSizeLimit_failsBeforeReading() throws {
        let file = try TemporaryFile(contents: #"<rss version="2.0"><channel><title>Lớn</title>"#)
        #expect(truncate(file.path, 200 << 20) == 0)
        #expect(throws: ParseError.tooLarge(limit: 64 << 20)) { try parser.parse(contentsOfFile: file.path) }
    }

    @Test func parse_streamOverTheSizeLimit_stopsAtTheLimit() throws {
        let small = FeedParser(options: ParseOptions(maxBytes: 1 << 20))
        let item = "<item><title>Tin</title><description>" + String(repeating: "Hà Nội ", count: 100) + "</description></item>"
        let text = #"<rss version="2.0"><channel>"# + String(repeating: item, count: 2_000) + "</channel></rss>"
        #expect(throws: ParseError.tooLarge(limit: 1 << 20)) { try small.parse(Array(text.utf8)) }
    }

    @Test func parse_hugeTextNode_isBounded() throws {
        let text = #"<rss version="2.0"><channel><item><title>Dài</title><description>"#
            + String(repeating: "a", count: 30 << 20) + "</description></item></channel></rss>"
        let feed = try parse(text)
        #expect(feed.items.count == 1)
        #expect((feed.items[0].summary?.utf8.count ?? 0) <= 5 << 20)
    }

    @Test func parse_tooManyItems_keepsTheFirstOnes() throws {
        let limited = FeedParser(options: ParseOptions(maxItems: 3))
        let text = #"<rss version="2.0"><channel>"# + (1...10).map { "<item><title>\($0)</title></item>" }.joined() + "</channel></rss>"
        let feed = try limited.parse(Array(text.utf8))
        #expect(feed.items.map(\.title) == ["1", "2", "3"])
    }

    @Test func parse_undefinedHTMLEntities_decodeAndMarkMalformed() throws {
        let feed = try parse(#"<rss version="2.0"><channel><item><title>Caf&eacute;&nbsp;Ph&ocirc;</title></item></channel></rss>"#)
        #expect(feed.items[0].title == "Café Phô")
        #expect(feed.malformed)
    }

    @Test func parse_bareAmpersand_isKeptAndMarkedMalformed() throws {
        let feed = try parse(#"<rss version="2.0"><channel><item><title>Tom & Jerry &amp; AT&T</title><link>https://a.vn/?a=1&b=2</link></item></channel></rss>"#)
        #expect(feed.items[0].title == "Tom & Jerry & AT&T")
        #expect(feed.items[0].link == "https://a.vn/?a=1&b=2")
        #expect(feed.malformed)
    }

    @Test func parse_ampersandInsideCDATA_isLeftAlone() throws {
        let feed = try parse(#"<rss version="2.0"><channel><item><title><![CDATA[Tom & Jerry]]></title></item></channel></rss>"#)
        #expect(feed.items[0].title == "Tom & Jerry")
        #expect(!feed.malformed)
    }

    @Test func parse_junkAfterRoot_keepsItems() throws {
        let feed = try parse(#"<rss version="2.0"><channel><item><title>Một</title></item></channel></rss><script>x</script> trailing"#)
        #expect(feed.items.map(\.title) == ["Một"])
        #expect(feed.malformed)
    }

    @Test func parse_truncatedDocument_keepsCompleteAndPartialItems() throws {
        let feed = try parse(#"<rss version="2.0"><channel><title>Cụt</title><item><title>Một</title></item><item><title>Hai</title><link>https://a.vn/2"#)
        #expect(feed.title == "Cụt")
        #expect(feed.items.map(\.title) == ["Một", "Hai"])
        #expect(feed.malformed)
    }

    @Test func parse_unclosedTagInsideItem_recovers() throws {
        let feed = try parse(#"<rss version="2.0"><channel><item><title>Một<b></title><link>https://a.vn/1</link></item><item><title>Hai</title></item></channel></rss>"#)
        #expect(feed.malformed)
        #expect(feed.items.first?.title?.hasPrefix("Một") == true)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><head><title>404</title></head><body>Not found</body></html>", ParseError.notAFeed(looksLike: "HTML")),
        ("<html><body><p>Lỗi</p></body></html>", .notAFeed(looksLike: "HTML")),
        ("<!-- cache --> \n<html lang=\"vi\"><body></body></html>", .notAFeed(looksLike: "HTML")),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", .notAFeed(looksLike: "HTML")),
        ("var _0x1a=['cookie'];document.cookie='x=1';location.reload();", .notAFeed(looksLike: "JavaScript")),
        ("<?xml version=\"1.0\"?><kml><Document/></kml>", .notAFeed(looksLike: "an XML document with root <kml>")),
        ("{\"status\": \"error\"}", .notAFeed(looksLike: "a JSON document that is not a JSON Feed")),
        ("Service Unavailable", .notAFeed(looksLike: "plain text")),
        ("", .empty),
        ("  \n\t ", .empty),
    ])
    func parse_notAFeed_isAClearError(text: String, expected: ParseError) {
        #expect(throws: expected) { try parser.parse(Array(text.utf8)) }
    }

    @Test func parse_notAFeed_errorMessageNamesTheKind() {
        #expect(ParseError.notAFeed(looksLike: "HTML").description == "parse: not a feed (looks like HTML)")
    }

    @Test func parse_garbageBinary_isAnErrorNotACrash() {
        var generator = SystemRandomNumberGenerator()
        let bytes = [UInt8(ascii: "<")] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: ParseError.self) { try parser.parse(bytes) }
    }
}

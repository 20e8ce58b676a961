import FeedBridgeTestSupport
import Foundation
import Testing
import FeedModel

@Suite(.offCooperativePool) struct JSONContractTests {
    @Test func contractJSON_omitsAbsentValues_andKeepsContractOrder() {
        let feed = Feed(
            format: .rss20, title: "Tin tức", link: "https://hanoi.gov.vn/",
            items: [Item(id: "1", title: "Phường Ba Đình", published: Date(timeIntervalSince1970: 1_550_140_020),
                         categories: ["Tin"], enclosures: [Enclosure(url: "https://x/a.jpg", type: "image/jpeg", length: 12)])]
        )
        #expect(feed.contractJSON(pretty: false) == #"{"format":"rss20","malformed":false,"title":"Tin tức","link":"https://hanoi.gov.vn/","items":[{"id":"1","title":"Phường Ba Đình","published":"2019-02-14T10:27:00Z","categories":["Tin"],"enclosures":[{"url":"https://x/a.jpg","type":"image/jpeg","length":12}]}]}"#)
    }

    @Test func contractJSON_pretty_isIndented() {
        let json = Feed(format: .atom10, title: "A\"b\n").contractJSON()
        #expect(json == "{\n  \"format\": \"atom10\",\n  \"malformed\": false,\n  \"title\": \"A\\\"b\\n\",\n  \"items\": []\n}")
    }
}

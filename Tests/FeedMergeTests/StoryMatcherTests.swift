import FeedBridgeTestSupport
import FeedMerge
import FeedModel
import Foundation
import Testing

/// ``StoryMatcher`` over ``InMemoryStoryIndex``, one decision at a time: what joins, what
/// stays apart and which guard said so.
@Suite(.offCooperativePool) struct StoryMatcherTests {
    /// Items placed in order into one index, as the store would ingest them.
    struct City {
        let keyer = ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed")
        var index = InMemoryStoryIndex()
        let start = Date(timeIntervalSince1970: 1_795_000_000)

        /// Places the item and returns its story and the decision.
        @discardableResult
        mutating func add(
            _ source: String, _ title: String, text: String? = nil, link: String? = nil, hours: Double = 0,
            level: PortalInfo.Level = .ward
        ) throws -> (story: Int64, decision: MatchDecision) {
            let date = start.addingTimeInterval(hours * 3600)
            let link = link ?? "https://\(source).hanoi.gov.vn/tin/\(UUID().uuidString)"
            let keyed = keyer.keyed(Item(title: title, link: link, summary: text, published: date), sourceID: source)
            let item = MatchItem(keyed, sourceID: source, level: level, priority: 0, date: date)
            let decision = try StoryMatcher().decide(item, in: index)
            return (index.insert(item, decision: decision).story, decision)
        }
    }

    static let meeting = """
        Chiều ngày 26/11/2026, tại trụ sở Đảng ủy - HĐND - UBND phường Hoàn Kiếm đã diễn ra hội nghị \
        triển khai công tác phòng, chống sốt xuất huyết. Tham dự có đồng chí Lê Xuân Khoa, Chủ tịch \
        HĐND phường Hoàn Kiếm; đại diện các ban, ngành, đoàn thể và đông đảo cán bộ, nhân dân trên địa bàn.
        """

    @Test func decide_wardRepostOfTheCityStory_joinsIt() throws {
        var city = City()
        let original = try city.add("hanoi", "Hà Nội ra quân phòng, chống sốt xuất huyết", text: Self.meeting, level: .city)
        let copy = try city.add("hoan-kiem", "[Video] Hà Nội ra quân phòng, chống sốt xuất huyết - Phường Hoàn Kiếm", text: Self.meeting, hours: 3)
        #expect(copy.story == original.story)
        #expect(copy.decision.joined?.refusal == nil)
    }

    @Test func decide_sameTemplateOtherOfficial_staysApartByThePeopleGuard() throws {
        var city = City()
        let first = try city.add("hoan-kiem", "Hội nghị triển khai phòng, chống sốt xuất huyết", text: Self.meeting)
        let other = Self.meeting.replacingOccurrences(of: "Lê Xuân Khoa", with: "Bùi Thu Dũng")
            .replacingOccurrences(of: "hội nghị", with: "buổi làm việc về")
        let second = try city.add("cua-nam", "UBND Thành phố chỉ đạo tăng cường phòng, chống sốt xuất huyết", text: other, hours: 1)
        #expect(second.story != first.story)
        let refused = try #require(second.decision.refused.first { $0.story == first.story })
        #expect(refused.guards.contains { $0.name == "text_people" && !$0.passed }, "\(refused)")
    }

    @Test func decide_templateHeadlinesOfTwoVillages_stayApart() throws {
        var city = City()
        let title = "Xã Tam Hiệp đẩy mạnh chuyển đổi số, hướng dẫn người dân dùng dịch vụ công trực tuyến tại thôn "
        let first = try city.add("tam-hiep", title + "Trung", level: .commune)
        let second = try city.add("tam-hiep-phuc-tho", title + "Đoài", hours: 2, level: .commune)
        #expect(second.story != first.story)
        // Without the village guard, the same titles would join: a copy on another portal does.
        let copy = try city.add("phuc-tho", title + "Trung", hours: 4, level: .commune)
        #expect(copy.story == first.story)
    }

    @Test func decide_templateNoticeOfAnotherWard_staysApartByTheUnitGuard() throws {
        var city = City()
        let first = try city.add("yen-hoa", "Lịch tiếp công dân tháng 12/2026 của Phường Yên Hòa")
        let second = try city.add("cua-nam", "Lịch tiếp công dân tháng 12/2026 của Phường Cửa Nam", hours: 1)
        #expect(second.story != first.story)
    }

    @Test func decide_itemMatchingTwoStories_mergesThemIntoTheOlder() throws {
        var city = City()
        let link = "https://hanoi.gov.vn/tin-tuc/khai-mac-le-hoi-hoa-anh-dao-2026"
        // Two ward copies that share nothing with each other: one keeps the city's link,
        // the other the city's text under another title.
        let byLink = try city.add("ba-dinh", "Khai mạc lễ hội hoa anh đào", link: link)
        let byText = try city.add("tay-ho", "Phường Tây Hồ: rực rỡ sắc hoa", text: Self.meeting, hours: 1)
        #expect(byLink.story != byText.story)
        let original = try city.add("hanoi", "Khai mạc Lễ hội hoa anh đào 2026", text: Self.meeting, link: link, hours: 2, level: .city)
        #expect(original.story == byLink.story)
        #expect(original.decision.merged.map(\.story) == [byText.story])
        #expect(city.index.mergedInto[byText.story] == byLink.story)
    }

    @Test func decide_secondItemOfTheSamePortal_neverJoinsItsStory() throws {
        var city = City()
        let first = try city.add("hanoi", "Hà Nội ra quân phòng, chống sốt xuất huyết", text: Self.meeting, level: .city)
        let again = try city.add("hanoi", "Hà Nội ra quân phòng, chống sốt xuất huyết", text: Self.meeting, hours: 1, level: .city)
        #expect(again.story != first.story)
        #expect(again.decision.refused.contains { $0.guards.contains { $0.name == "same_source" } })
    }
}

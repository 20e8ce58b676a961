import FeedBridgeTestSupport
import FeedMerge
import FeedModel
import Foundation
import Testing

@Suite(.offCooperativePool) struct ItemKeyerTests {
    let keyer = ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed")
    static let date = Date(timeIntervalSince1970: 1_756_688_400)  // 2025-09-01T01:00:00Z

    /// An item with every field the content hash covers.
    static let sample = Item(
        id: "https://hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-42.htm",
        title: "Phường Hoàn Kiếm tổ chức hội nghị tổng kết công tác năm 2025",
        link: "https://hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-42.htm?utm_source=rss",
        summary: "<p>Sáng nay, UBND phường tổ chức hội nghị.</p>",
        content: "<p>Sáng nay, UBND phường tổ chức hội nghị tổng kết.</p>",
        published: date, updated: date.addingTimeInterval(3600),
        authors: [Person(name: "Ban biên tập", email: "bbt@hoankiem.hanoi.gov.vn")],
        categories: ["Tin tức - Sự kiện"],
        enclosures: [Enclosure(url: "https://hoankiem.hanoi.gov.vn/anh-42.png", type: "image/png", length: 1234)])

    @Test func key_itemWithID_usesID() {
        #expect(keyer.keyed(Self.sample, sourceID: "hoan-kiem").key == "id:https://hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-42.htm")
    }

    @Test func key_itemWithoutID_usesCanonicalLink() {
        var item = Self.sample
        item.id = nil
        #expect(keyer.keyed(item, sourceID: "hoan-kiem").key == "url:https://hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-42.htm")
        item.id = "  "
        #expect(keyer.keyed(item, sourceID: "hoan-kiem").key.hasPrefix("url:"))
    }

    @Test func key_itemWithoutIDOrLink_hashesFoldedTitleAndDate() {
        var item = Self.sample
        item.id = nil
        item.link = "/tin-tuc/relative.htm"  // not absolute: no canonical link
        let key = keyer.keyed(item, sourceID: "hoan-kiem").key
        #expect(key.count == "hash:".count + 16 && key.hasPrefix("hash:"))
        // Another spelling of the same title and an edited summary: the same key.
        var respelled = item
        respelled.title = "[Tin tức] PHƯỜNG HOÀN KIẾM tổ chức hội nghị tổng kết công tác năm 2025"
        respelled.summary = "<p>Đã sửa.</p>"
        #expect(keyer.keyed(respelled, sourceID: "hoan-kiem").key == key)
        var otherDay = item
        otherDay.published = Self.date.addingTimeInterval(86_400)
        #expect(keyer.keyed(otherDay, sourceID: "hoan-kiem").key != key)
    }

    @Test func key_emptyItem_isNeverEmpty() {
        let empty = keyer.keyed(Item(), sourceID: "hoan-kiem")
        let withText = keyer.keyed(Item(summary: "<p>Thông báo</p>"), sourceID: "hoan-kiem")
        #expect(empty.key.count > "hash:".count)
        #expect(withText.key.count > "hash:".count)
        #expect(empty.key != withText.key)
    }

    @Test func urlKey_isMatchKeyOfLink() {
        let keyed = keyer.keyed(Self.sample, sourceID: "hoan-kiem")
        #expect(keyed.urlKey == "hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-42.htm")
        #expect(keyer.keyed(Item(title: "Tin"), sourceID: "hoan-kiem").urlKey == nil)
    }

    @Test(arguments: ["Thông báo", "Tin tức", "Tin nổi bật", "Hà Nội hôm nay", "Thông báo số 12", "   "])
    func titleKey_shortTitle_isNil(title: String) {
        #expect(keyer.keyed(Item(title: title), sourceID: "hoan-kiem").titleKey == nil)
    }

    @Test func titleKey_longTitle_isFoldedTitle() {
        let keyed = keyer.keyed(Item(title: "Lịch tiếp công dân tháng 9"), sourceID: "hoan-kiem")
        #expect(keyed.titleKey == "lịch tiếp công dân tháng 9")
        #expect(keyer.keyed(Self.sample, sourceID: "hoan-kiem").titleKey == VietnameseFolding.fold(Self.sample.title!))
    }

    @Test func contentHash_fixedItem_isFixedHex() {
        // A change here means every stored item looks edited after an upgrade. The value
        // was checked with an independent FNV-1a 64 over the documented field encoding.
        #expect(keyer.keyed(Self.sample, sourceID: "hoan-kiem").contentHash == "3d9cf8978dd4840d")
    }

    @Test func contentHash_sameItem_isStable() {
        let first = keyer.keyed(Self.sample, sourceID: "hoan-kiem")
        let again = ItemKeyer(cityID: "tag:other.vn,2024:x").keyed(Self.sample, sourceID: "ba-dinh")
        #expect(first.contentHash == again.contentHash)
        var newID = Self.sample
        newID.id = "hoan-kiem-42"
        #expect(keyer.keyed(newID, sourceID: "hoan-kiem").contentHash == first.contentHash)
    }

    static let edits: [(String, @Sendable (inout Item) -> Void)] = [
        ("title", { $0.title! += "." }),
        ("link", { $0.link = "https://hoankiem.hanoi.gov.vn/tin-tuc/hoi-nghi-43.htm" }),
        ("summary", { $0.summary = nil }),
        ("content", { $0.content! += "<p>Cập nhật.</p>" }),
        ("published", { $0.published = $0.published!.addingTimeInterval(60) }),
        ("updated", { $0.updated = nil }),
        ("authors", { $0.authors[0].email = nil }),
        ("categories", { $0.categories.append("Thông báo") }),
        ("enclosures", { $0.enclosures[0].length = 1235 }),
        ("text moved between fields", { $0.summary! += "x"; $0.content = String($0.content!.dropFirst()) }),
    ]

    @Test(arguments: edits.indices)
    func contentHash_editedField_changes(index: Int) {
        let (field, edit) = Self.edits[index]
        var edited = Self.sample
        edit(&edited)
        #expect(keyer.keyed(edited, sourceID: "hoan-kiem").contentHash != keyer.keyed(Self.sample, sourceID: "hoan-kiem").contentHash, "\(field)")
    }

    @Test func storyID_tagCityID_isTagURIUnderCityAuthority() throws {
        let keyed = keyer.keyed(Self.sample, sourceID: "hoan-kiem")
        let prefix = "tag:hanoi.gov.vn,2025:story:hoan-kiem:"
        #expect(keyed.storyID.hasPrefix(prefix))
        let suffix = keyed.storyID.dropFirst(prefix.count)
        #expect(suffix.count == 16 && suffix.allSatisfy(\.isHexDigit))
        // Stable across keyers (runs), different for another source or item.
        #expect(ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed").keyed(Self.sample, sourceID: "hoan-kiem").storyID == keyed.storyID)
        #expect(keyer.keyed(Self.sample, sourceID: "ba-dinh").storyID != keyed.storyID)
        var other = Self.sample
        other.id = "https://hoankiem.hanoi.gov.vn/tin-tuc/khac-43.htm"
        #expect(keyer.keyed(other, sourceID: "hoan-kiem").storyID != keyed.storyID)
        // An edit keeps the id.
        var edited = Self.sample
        edited.title = "Đã sửa tiêu đề của tin này cho đúng"
        #expect(keyer.keyed(edited, sourceID: "hoan-kiem").storyID == keyed.storyID)
    }

    @Test func storyID_nonTagCityID_usesFeedBridgeAuthorityAndCityHash() {
        let first = ItemKeyer(cityID: "https://hanoi.gov.vn/feed").keyed(Self.sample, sourceID: "hoan-kiem").storyID
        let second = ItemKeyer(cityID: "https://danang.gov.vn/feed").keyed(Self.sample, sourceID: "hoan-kiem").storyID
        let parts = first.split(separator: ":", omittingEmptySubsequences: false)
        #expect(parts.count == 6)
        #expect(parts[0] == "tag" && parts[1] == "feedbridge,2025" && parts[3] == "story" && parts[4] == "hoan-kiem")
        #expect(parts[2].count == 16 && parts[5].count == 16)
        #expect(first != second)
        #expect(ItemKeyer(cityID: "tag:no-date-here:x").keyed(Self.sample, sourceID: "a").storyID.hasPrefix("tag:feedbridge,2025:"))
    }

    @Test func storyID_sourceIDWithReservedCharacters_isEncoded() {
        let storyID = keyer.keyed(Self.sample, sourceID: "Phường 1/A").storyID
        #expect(storyID.hasPrefix("tag:hanoi.gov.vn,2025:story:Ph%C6%B0%E1%BB%9Dng%201%2FA:"))
    }
}

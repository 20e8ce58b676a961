import FeedBridgeTestSupport
import FeedModel
import FeedStore
import Foundation
import Testing

@Suite(.offCooperativePool) struct IngestTests {
    private let sources = [source("hanoi", priority: 100), source("ba-dinh")]

    @Test func ingest_sameItemsAgain_reportsAllUnchangedAndChangesNoStory() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let city = [
            keyed("a", source: "hanoi", title: "Họp báo quý III", link: "https://hanoi.example/a",
                  published: day(0), urlKey: "hanoi.example/a"),
            keyed("b", source: "hanoi", title: "Không có ngày"),
        ]
        let ward = [keyed("x", source: "ba-dinh", title: "Họp báo", published: day(0, hours: 2), urlKey: "hanoi.example/a")]
        #expect(try store.ingest(sourceID: "hanoi", items: city, seenAt: day(1))
            == IngestReport(newItems: 2, newStories: 2))
        #expect(try store.ingest(sourceID: "ba-dinh", items: ward, seenAt: day(1, hours: 1))
            == IngestReport(newItems: 1, joinedStories: 1))
        let before = try store.latestStories(limit: 10)

        #expect(try store.ingest(sourceID: "hanoi", items: city, seenAt: day(2)) == IngestReport(unchangedItems: 2))
        #expect(try store.ingest(sourceID: "ba-dinh", items: ward, seenAt: day(2)) == IngestReport(unchangedItems: 1))
        #expect(try store.latestStories(limit: 10) == before)
        #expect(try store.counts() == StoreCounts(sources: 2, items: 3, stories: 2))
    }

    @Test func ingest_editedItem_updatesItemAndStoryUpdatedButKeepsStoryID() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let original = keyed("a", source: "hanoi", title: "Thông báo lịch cắt điện", published: day(0), summary: "<p>Thứ Hai</p>")
        _ = try store.ingest(sourceID: "hanoi", items: [original], seenAt: day(0, hours: 1))
        let first = try #require(try store.latestStories(limit: 1).first)
        #expect(first.updated == day(0))

        let edited = keyed("a", source: "hanoi", title: "Thông báo lịch cắt điện (sửa đổi)", published: day(0), summary: "<p>Thứ Ba</p>")
        #expect(try store.ingest(sourceID: "hanoi", items: [edited], seenAt: day(1)) == IngestReport(updatedItems: 1))
        let stories = try store.latestStories(limit: 10)
        #expect(stories.count == 1)
        let story = try #require(stories.first)
        #expect(story.id == first.id)
        #expect(story.item == edited.item)
        #expect(story.published == day(0))
        #expect(story.updated == day(1))
        #expect(story.appearances == [StoryAppearance(
            sourceID: "hanoi", title: "Thông báo lịch cắt điện (sửa đổi)", published: day(0)
        )])
    }

    @Test func ingest_itemWithoutDate_isDatedWhenFirstSeenAndKeepsThatDate() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let firstSeen = Date()
        let undated = keyed("lich", source: "ba-dinh", title: "Lịch tiếp công dân")
        _ = try store.ingest(sourceID: "ba-dinh", items: [undated], seenAt: firstSeen)
        _ = try store.ingest(sourceID: "ba-dinh", items: [undated], seenAt: firstSeen.addingTimeInterval(900))
        let story = try #require(try store.latestStories(limit: 1).first)
        #expect(story.published == firstSeen)
        #expect(story.updated == firstSeen)
        #expect(story.appearances.map(\.published) == [firstSeen])
        #expect(story.item.published == nil)

        // An edit of an undated item keeps its date too; only `updated` moves.
        let edited = keyed("lich", source: "ba-dinh", title: "Lịch tiếp công dân tháng 7")
        _ = try store.ingest(sourceID: "ba-dinh", items: [edited], seenAt: firstSeen.addingTimeInterval(1800))
        let after = try #require(try store.latestStories(limit: 1).first)
        #expect(after.published == firstSeen)
        #expect(after.updated == firstSeen.addingTimeInterval(1800))
    }

    @Test func ingest_itemWithOnlyUpdated_isDatedByUpdated() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(sourceID: "hanoi", items: [keyed("a", source: "hanoi", title: "A", updated: day(3))], seenAt: day(5))
        #expect(try store.latestStories(limit: 1).first?.published == day(3))
    }

    @Test func ingest_everyItemField_readsBackExactly() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let item = Item(
            id: "urn:uuid:9c1a-Đống-Đa", title: "Hội nghị \"Chuyển đổi số\" & <quận>",
            link: "https://hanoi.example/tin-tuc/hoi-nghi?id=1&lang=vi",
            summary: "<p>Tóm tắt <b>ngắn</b></p>", content: "<p>Nội dung</p>\n<img src=\"https://hanoi.example/a.jpg\">",
            published: Date(timeIntervalSinceReferenceDate: 773_000_000.123_456_7), updated: Date(),
            authors: [Person(name: "Phòng Văn hoá", email: "vh@hanoi.example", uri: "https://hanoi.example/vh"), Person(name: "Lê Thu")],
            categories: ["Tin tức", "Chuyển đổi số"],
            enclosures: [Enclosure(url: "https://hanoi.example/a.jpg", type: "image/jpeg", length: 123_456), Enclosure(url: "https://hanoi.example/b.pdf")],
            comments: "https://hanoi.example/tin-tuc/hoi-nghi#comments"
        )
        _ = try store.ingest(sourceID: "hanoi", items: [KeyedItem(item: item, source: "hanoi", key: "id:1")], seenAt: Date())
        let story = try #require(try store.latestStories(limit: 1).first)
        #expect(story.item == item)
        #expect(story.sourceID == "hanoi")
        #expect(story.id == "tag:hanoi.gov.vn,2025:story:hanoi:id:1")
        #expect(story.appearances == [StoryAppearance(sourceID: "hanoi", link: item.link, title: item.title, published: item.published!)])
    }

    @Test func ingest_storyIDAlreadyTaken_appendsNumberedSuffixes() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources + [source("tay-ho")])
        let id = "tag:hanoi.gov.vn,2025:story:same"
        _ = try store.ingest(sourceID: "hanoi", items: [keyed("a", source: "hanoi", title: "A", published: day(1)).withStoryID(id)], seenAt: day(3))
        _ = try store.ingest(sourceID: "ba-dinh", items: [keyed("b", source: "ba-dinh", title: "B", published: day(2)).withStoryID(id)], seenAt: day(3))
        _ = try store.ingest(sourceID: "tay-ho", items: [keyed("c", source: "tay-ho", title: "C", published: day(0)).withStoryID(id)], seenAt: day(3))
        let ids = try store.latestStories(limit: 10).map { "\($0.sourceID) \($0.id)" }
        #expect(ids == ["ba-dinh \(id)-2", "hanoi \(id)", "tay-ho \(id)-3"])
    }

    @Test func ingest_sameKeyTwiceInOneFetch_storesOneItem() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        let item = keyed("a", source: "hanoi", title: "A", published: day(1))
        #expect(try store.ingest(sourceID: "hanoi", items: [item, item], seenAt: day(2))
            == IngestReport(newItems: 1, unchangedItems: 1, newStories: 1))
        #expect(try store.counts() == StoreCounts(sources: 2, items: 1, stories: 1))
    }

    @Test func ingest_fromManyTasksAtOnce_storesEveryItem() async throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let ids = (0..<16).map { "ward-\($0)" }
        let store = try fixture.open(sources: ids.map { source($0) })
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for id in ids {
                group.addTask {
                    let items = (0..<40).map { keyed("\($0)", source: id, title: "Tin \($0) của \(id)", published: day(Double($0))) }
                    return try store.ingest(sourceID: id, items: items, seenAt: day(50)).newItems
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(total == 640)
        #expect(try store.counts() == StoreCounts(sources: 16, items: 640, stories: 640))
    }

    @Test func ingest_tenThousandItems_keepsEveryItemAndMergesSharedLinks() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let ids = (0..<100).map { String(format: "p%03d", $0) }
        let store = try fixture.open(sources: ids.enumerated().map { source($1, priority: $0) })
        for (index, id) in ids.enumerated() {
            let items = (0..<100).map { number in
                // Every tenth story is the city's, carried by every portal under its own key.
                let shared = number % 10 == 0
                return keyed(
                    "\(number)", source: id, title: "Tin \(number) của \(id)",
                    link: "https://\(id).example/\(number)",
                    published: day(Double(number), hours: Double(index) / 10),
                    urlKey: shared ? "hanoi.example/\(number)" : "\(id).example/\(number)"
                )
            }
            _ = try store.ingest(sourceID: id, items: items, seenAt: day(200))
        }
        #expect(try store.counts() == StoreCounts(sources: 100, items: 10_000, stories: 9_010))
        let stories = try store.latestStories(limit: 20_000)
        #expect(stories.count == 9_010)
        let shared = try #require(stories.first { $0.appearances.count > 1 })
        #expect(shared.appearances.count == 100)
        #expect(shared.sourceID == "p099")
        #expect(stories.map(\.published) == stories.map(\.published).sorted(by: >))
    }
}

@Suite(.offCooperativePool) struct BatchIngestTests {
    /// Three portals' fetches: a shared link, a shared title, an undated item.
    private let fetches = [
        SourceItems(sourceID: "ba-dinh", items: [
            keyed("b1", source: "ba-dinh", title: "Ba Đình 1", published: day(1), urlKey: "hanoi.example/1"),
            keyed("b2", source: "ba-dinh", title: "Ba Đình 2", titleKey: "ket qua tuyen sinh lop 10 nam 2025"),
        ]),
        SourceItems(sourceID: "hanoi", items: [
            keyed("h1", source: "hanoi", title: "Hà Nội 1", published: day(2), urlKey: "hanoi.example/1"),
            keyed("h2", source: "hanoi", title: "Hà Nội 2", published: day(3), titleKey: "ket qua tuyen sinh lop 10 nam 2025"),
        ]),
        SourceItems(sourceID: "tay-ho", items: [keyed("t1", source: "tay-ho", title: "Tây Hồ 1", published: day(1))]),
    ]
    private let sources = [source("hanoi", priority: 100), source("ba-dinh"), source("tay-ho")]

    @Test func ingestBatch_givesTheSameStoriesAndReportsAsOneCallPerSource() throws {
        let one = StoreFixture(), many = StoreFixture()
        defer { one.remove(); many.remove() }
        let batched = try one.open(sources: sources)
        let separate = try many.open(sources: sources)
        let reports = try batched.ingest(fetches, seenAt: day(4))
        let expected = try fetches.map { try separate.ingest(sourceID: $0.sourceID, items: $0.items, seenAt: day(4)) }
        #expect(reports == expected)
        #expect(reports.map(\.joinedStories) == [0, 2, 0])
        #expect(try batched.latestStories(limit: 10) == separate.latestStories(limit: 10))
        #expect(try batched.counts() == StoreCounts(sources: 3, items: 5, stories: 3))
    }

    @Test func ingestBatch_sameFetchesAgain_changesNothing() throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try fixture.open(sources: sources)
        _ = try store.ingest(fetches, seenAt: day(4))
        let before = try store.latestStories(limit: 10)
        #expect(try store.ingest(fetches, seenAt: day(5)) == [
            IngestReport(unchangedItems: 2), IngestReport(unchangedItems: 2), IngestReport(unchangedItems: 1),
        ])
        #expect(try store.latestStories(limit: 10) == before)
    }
}

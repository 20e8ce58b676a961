import FeedModel
import FeedStore
import Foundation

/// A store in a fresh temporary folder, removed by ``remove()``.
struct StoreFixture {
    let folder: URL
    var path: String { folder.appendingPathComponent("state/feedbridge.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("FeedStoreTests-\(UUID().uuidString)")
    }

    /// Opens (or reopens) the store of this folder.
    func open() throws -> FeedStore { try FeedStore(path: path) }

    /// Opens the store with the given sources.
    func open(sources: [SourceRecord]) throws -> FeedStore {
        let store = try open()
        try store.syncSources(sources)
        return store
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A fixed origin for test dates: 2025-07-01T00:00:00Z.
let origin = Date(timeIntervalSince1970: 1_751_328_000)

/// `origin` plus `days` days and `hours` hours.
func day(_ days: Double, hours: Double = 0) -> Date {
    origin.addingTimeInterval(days * 86_400 + hours * 3_600)
}

/// A source record with a URL derived from its id.
func source(_ id: String, priority: Int = 10, enabled: Bool = true) -> SourceRecord {
    SourceRecord(id: id, name: "Portal \(id)", url: "https://\(id).example/rss", priority: priority, enabled: enabled)
}

/// A keyed item as the merger builds it: the key, the matching keys, a content hash
/// from the visible fields, and a story id derived from source and key.
func keyed(
    _ key: String, source: String, title: String? = nil, link: String? = nil,
    published: Date? = nil, updated: Date? = nil, summary: String? = nil,
    urlKey: String? = nil, titleKey: String? = nil
) -> KeyedItem {
    let item = Item(id: key, title: title, link: link, summary: summary, published: published, updated: updated)
    return KeyedItem(item: item, source: source, key: key, urlKey: urlKey, titleKey: titleKey)
}

extension KeyedItem {
    /// Keys `item` for `source` with a content hash over its visible fields.
    init(item: Item, source: String, key: String, urlKey: String? = nil, titleKey: String? = nil) {
        let visible = [
            item.title ?? "", item.link ?? "", item.summary ?? "", item.content ?? "",
            item.published.map { "\($0.timeIntervalSince1970)" } ?? "",
            item.updated.map { "\($0.timeIntervalSince1970)" } ?? "",
            item.categories.joined(separator: ","),
        ].joined(separator: "\u{1F}")
        self.init(
            item: item, key: key, urlKey: urlKey, titleKey: titleKey, contentHash: visible,
            storyID: "tag:hanoi.gov.vn,2025:story:\(source):\(key)"
        )
    }
}

extension KeyedItem {
    /// The same item with another URL key.
    func withURLKey(_ urlKey: String?) -> KeyedItem {
        var copy = self
        copy.urlKey = urlKey
        return copy
    }

    /// The same item with another story id.
    func withStoryID(_ storyID: String) -> KeyedItem {
        var copy = self
        copy.storyID = storyID
        return copy
    }
}

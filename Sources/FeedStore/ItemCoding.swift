import FeedModel
import Foundation
import GRDB

/// Turns an ``Item`` into the `items` table's columns and back.
///
/// Authors, categories and enclosures are JSON text written and read by the same
/// `Codable` conformances (`Person`, `String`, `Enclosure`): `[{"name":"…"}]`, `["…"]`,
/// `[{"length":1,"type":"…","url":"…"}]`, absent fields left out, keys sorted (the same
/// item always gives the same bytes); any key order reads back, as older versions wrote
/// `url` first. `Item.id` (the source's guid) is the `guid` column; dates
/// are seconds since 2001-01-01 (`Date.storedSeconds`). Reading a row gives
/// back the item that was stored.
struct ItemCoding {
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The item's own columns as named arguments (`:guid`, `:title`, … `:comments`),
    /// the part that an insert and an edit of the row both write.
    func arguments(_ item: Item) throws -> StatementArguments {
        [
            "guid": item.id, "title": item.title, "link": item.link,
            "summary": item.summary, "content": item.content,
            "published": item.published?.storedSeconds, "updated": item.updated?.storedSeconds,
            "authors": try json(item.authors), "categories": try json(item.categories),
            "enclosures": try json(item.enclosures), "comments": item.comments,
        ]
    }

    /// The item stored in a row of `items` (all columns).
    func item(_ row: Row) throws -> Item {
        Item(
            id: row["guid"], title: row["title"], link: row["link"],
            summary: row["summary"], content: row["content"],
            published: Date(storedSeconds: row["published"]), updated: Date(storedSeconds: row["updated"]),
            authors: try values(row["authors"]),
            categories: try values(row["categories"]),
            enclosures: try values(row["enclosures"]),
            comments: row["comments"]
        )
    }

    /// The JSON text of a list (most are empty: `[]` without the encoder).
    private func json<Value: Encodable>(_ values: [Value]) throws -> String {
        if values.isEmpty { return "[]" }
        return String(decoding: try encoder.encode(values), as: UTF8.self)
    }

    /// The list a JSON text holds.
    private func values<Value: Decodable>(_ text: String) throws -> [Value] {
        if text == "[]" { return [] }
        return try decoder.decode([Value].self, from: Data(text.utf8))
    }
}

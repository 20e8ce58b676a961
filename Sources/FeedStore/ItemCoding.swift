import FeedModel
import Foundation
import GRDB

/// Turns an ``Item`` into the `items` table's columns and back.
///
/// Authors, categories and enclosures are JSON text (`[{"name":"…"}]`, `["…"]`,
/// `[{"url":"…","type":"…","length":1}]`); `Item.id` (the source's guid) is the `guid`
/// column; dates are Unix seconds. Reading a row gives back the item that was stored.
struct ItemCoding {
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The JSON text of an item's authors.
    func json(_ authors: [Person]) throws -> String {
        if authors.isEmpty { return "[]" }
        return try text(authors.map { StoredPerson(name: $0.name, email: $0.email, uri: $0.uri) })
    }

    /// The JSON text of an item's categories.
    func json(_ categories: [String]) throws -> String {
        if categories.isEmpty { return "[]" }
        return try text(categories)
    }

    /// The JSON text of an item's enclosures.
    func json(_ enclosures: [Enclosure]) throws -> String {
        if enclosures.isEmpty { return "[]" }
        return try text(enclosures.map { StoredEnclosure(url: $0.url, type: $0.type, length: $0.length) })
    }

    /// The item stored in a row of `items` (all columns).
    func item(_ row: Row) throws -> Item {
        let authors: [StoredPerson] = try value(row["authors"])
        let categories: [String] = try value(row["categories"])
        let enclosures: [StoredEnclosure] = try value(row["enclosures"])
        return Item(
            id: row["guid"], title: row["title"], link: row["link"],
            summary: row["summary"], content: row["content"],
            published: Date(storedSeconds: row["published"]), updated: Date(storedSeconds: row["updated"]),
            authors: authors.map { Person(name: $0.name, email: $0.email, uri: $0.uri) },
            categories: categories,
            enclosures: enclosures.map { Enclosure(url: $0.url, type: $0.type, length: $0.length) },
            comments: row["comments"]
        )
    }

    private func text(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func value<T: Decodable & ExpressibleByArrayLiteral>(_ text: String) throws -> T {
        if text == "[]" { return [] }
        return try decoder.decode(T.self, from: Data(text.utf8))
    }
}

/// An author as stored in the `authors` JSON.
private struct StoredPerson: Codable {
    var name: String?
    var email: String?
    var uri: String?
}

/// An enclosure as stored in the `enclosures` JSON.
private struct StoredEnclosure: Codable {
    var url: String
    var type: String?
    var length: Int64?
}

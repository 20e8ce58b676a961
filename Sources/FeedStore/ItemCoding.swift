import FeedModel
import Foundation
import GRDB

/// Turns an ``Item`` into the `items` table's columns and back.
///
/// Authors, categories and enclosures are JSON text (`[{"name":"…"}]`, `["…"]`,
/// `[{"url":"…","type":"…","length":1}]`); `Item.id` (the source's guid) is the `guid`
/// column; dates are Unix seconds. Reading a row gives back the item that was stored.
struct ItemCoding {
    private let decoder = JSONDecoder()

    /// The JSON text of an item's authors: `[{"name":…,"email":…,"uri":…}]`, nil members left out.
    func json(_ authors: [Person]) -> String {
        if authors.isEmpty { return "[]" }
        let writer = JSONWriter(pretty: false)
        writer.list(authors) { person in
            writer.object {
                Self.member("name", person.name, writer)
                Self.member("email", person.email, writer)
                Self.member("uri", person.uri, writer)
            }
        }
        return writer.output
    }

    /// The JSON text of an item's categories: `["…"]`.
    func json(_ categories: [String]) -> String {
        if categories.isEmpty { return "[]" }
        let writer = JSONWriter(pretty: false)
        writer.list(categories) { writer.string($0) }
        return writer.output
    }

    /// The JSON text of an item's enclosures: `[{"url":…,"type":…,"length":…}]`.
    func json(_ enclosures: [Enclosure]) -> String {
        if enclosures.isEmpty { return "[]" }
        let writer = JSONWriter(pretty: false)
        writer.list(enclosures) { enclosure in
            writer.object {
                Self.member("url", enclosure.url, writer)
                Self.member("type", enclosure.type, writer)
                if let length = enclosure.length {
                    writer.key("length")
                    writer.raw(String(length))
                }
            }
        }
        return writer.output
    }

    /// Writes `"name": "value"` when `value` is not nil (an empty string is kept).
    private static func member(_ name: String, _ value: String?, _ writer: JSONWriter) {
        guard let value else { return }
        writer.key(name)
        writer.string(value)
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

    private func value<T: Decodable & ExpressibleByArrayLiteral>(_ text: String) throws -> T {
        if text == "[]" { return [] }
        return try decoder.decode(T.self, from: Data(text.utf8))
    }
}

/// An author as stored in the `authors` JSON.
private struct StoredPerson: Decodable {
    var name: String?
    var email: String?
    var uri: String?
}

/// An enclosure as stored in the `enclosures` JSON.
private struct StoredEnclosure: Decodable {
    var url: String
    var type: String?
    var length: Int64?
}

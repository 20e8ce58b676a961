import Foundation
import WebText

extension Feed {
    /// The feed as the `feedbridge parse` JSON contract (DESIGN.md): keys in contract
    /// order, absent values and empty lists omitted, dates in UTC RFC 3339.
    public func contractJSON(pretty: Bool = true) -> String {
        String(decoding: contractJSONBytes(pretty: pretty), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, to write out without another copy.
    public func contractJSONBytes(pretty: Bool = true) -> [UInt8] {
        let json = JSONWriter(pretty: pretty)
        json.object {
            json.field("format", format.rawValue)
            json.field("malformed", malformed)
            json.field("title", title)
            json.field("link", link)
            json.field("subtitle", subtitle)
            json.field("language", language)
            json.field("id", id)
            json.field("updated", updated?.rfc3339)
            json.field("generator", generator)
            json.field("rights", rights)
            json.array("authors", authors) { json.person($0) }
            if let image {
                json.key("image")
                json.object {
                    json.field("url", image.url)
                    json.field("title", image.title)
                    json.field("link", image.link)
                }
            }
            json.field("next_page", nextPage)
            json.key("items")
            json.list(items) { json.item($0) }
        }
        return json.bytes
    }
}

private extension JSONWriter {
    func item(_ item: Item) {
        object {
            field("id", item.id)
            field("title", item.title)
            field("link", item.link)
            field("summary", item.summary)
            field("content", item.content)
            field("published", item.published?.rfc3339)
            field("updated", item.updated?.rfc3339)
            array("authors", item.authors) { person($0) }
            array("categories", item.categories) { string($0) }
            array("enclosures", item.enclosures) { enclosure in
                object {
                    field("url", enclosure.url)
                    field("type", enclosure.type)
                    if let length = enclosure.length { key("length"); raw(String(length)) }
                }
            }
            field("comments", item.comments)
        }
    }

    func person(_ person: Person) {
        object {
            field("name", person.name)
            field("email", person.email)
            field("uri", person.uri)
        }
    }
}

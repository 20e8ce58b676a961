import FeedModel
import Foundation
import WebText

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
struct JSONFeedParser {
    let options: ParseOptions
    private let sanitizer = HTMLSanitizer()

    init(options: ParseOptions) {
        self.options = options
    }

    func parse(_ document: [UInt8]) throws -> Feed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(document), options: [])
        } catch {
            throw ParseError.malformedJSON(message: Self.describe(error))
        }
        guard let root = object as? [String: Any] else { throw ParseError.notAFeed(looksLike: "a JSON array") }
        let version = root["version"] as? String ?? ""
        guard version.contains("jsonfeed.org") || (root["items"] is [Any] && root["title"] is String) else {
            throw ParseError.notAFeed(looksLike: "a JSON document that is not a JSON Feed")
        }
        let base = options.baseURL ?? string(root["feed_url"]) ?? string(root["home_page_url"])
        let dates = DateParser(timeZone: options.timeZone)
        var feed = Feed(format: .jsonfeed)
        feed.title = text(root["title"])
        feed.link = url(root["home_page_url"], base: base)
        feed.id = url(root["feed_url"], base: base)
        feed.subtitle = text(root["description"])
        feed.language = text(root["language"])
        feed.authors = authors(root, base: base)
        feed.image = (url(root["icon"], base: base) ?? url(root["favicon"], base: base)).map { FeedImage(url: $0) }
        let items = (root["items"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        feed.items = items.prefix(options.maxItems).map { item(from: $0, base: base, dates: dates) }
        feed.nextPage = url(root["next_url"], base: base)
        return feed
    }

    private func item(from object: [String: Any], base: String?, dates: DateParser) -> Item {
        var item = Item()
        if let number = object["id"] as? NSNumber { item.id = number.stringValue } else { item.id = text(object["id"]) }
        item.link = url(object["url"], base: base) ?? url(object["external_url"], base: base)
        item.title = text(object["title"])
        item.summary = string(object["summary"]).map { escapeHTML($0.trimmingSpaces()) }.flatMap(nonEmptyNFC)
        if let html = string(object["content_html"]) {
            item.content = nonEmptyNFC(sanitizer.sanitize(html, baseURL: item.link ?? base).trimmingSpaces())
        } else if let plain = string(object["content_text"]) {
            item.content = nonEmptyNFC(escapeHTML(plain.trimmingSpaces()))
        }
        item.published = string(object["date_published"]).flatMap { dates.parse($0) }
        item.updated = string(object["date_modified"]).flatMap { dates.parse($0) }
        item.authors = authors(object, base: base)
        item.categories = (object["tags"] as? [Any] ?? []).compactMap { text($0) }
        var enclosures: [Enclosure] = []
        for attachment in (object["attachments"] as? [Any] ?? []).compactMap({ $0 as? [String: Any] }) {
            guard let link = url(attachment["url"], base: base) else { continue }
            let size = (attachment["size_in_bytes"] as? NSNumber)?.int64Value
            enclosures.append(Enclosure(url: link, type: text(attachment["mime_type"]), length: size))
        }
        for key in ["image", "banner_image"] {
            if let link = url(object[key], base: base), !enclosures.contains(where: { $0.url == link }) {
                enclosures.append(Enclosure(url: link, type: imageType(forURL: link)))
            }
        }
        item.enclosures = enclosures
        return item
    }

    /// JSON Feed 1.1 `authors`, or 1.0's single `author`.
    private func authors(_ object: [String: Any], base: String?) -> [Person] {
        let list = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        return list.compactMap { entry in
            guard let fields = entry as? [String: Any] else { return nil }
            let person = Person(name: text(fields["name"]), uri: url(fields["url"], base: base))
            return person.isEmpty ? nil : person
        }
    }

    private func string(_ value: Any?) -> String? {
        value as? String
    }

    /// A plain-text field: whitespace collapsed, NFC, nil when empty.
    private func text(_ value: Any?) -> String? {
        string(value).map(collapseWhitespace).flatMap(nonEmptyNFC)
    }

    private func url(_ value: Any?, base: String?) -> String? {
        string(value).flatMap { URLResolver.resolve($0, against: base) }
    }

    private func nonEmptyNFC(_ value: String) -> String? {
        value.isEmpty ? nil : value.nfc
    }

    private static func describe(_ error: Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "not valid JSON"
    }
}

/// The image MIME type that a URL's extension suggests, or nil.
func imageType(forURL url: String) -> String? {
    let path = url.split(separator: "?").first.map(String.init)?.lowercased() ?? ""
    switch true {
    case path.hasSuffix(".jpg"), path.hasSuffix(".jpeg"): return "image/jpeg"
    case path.hasSuffix(".png"): return "image/png"
    case path.hasSuffix(".gif"): return "image/gif"
    case path.hasSuffix(".webp"): return "image/webp"
    default: return nil
    }
}

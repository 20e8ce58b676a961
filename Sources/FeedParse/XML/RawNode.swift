/// How a text value is to be read: plain text, HTML source, or serialized XHTML markup.
enum TextKind {
    /// Literal text (Atom `type="text"`): never interpreted as markup.
    case text
    /// HTML source (RSS descriptions, Atom `type="html"`), or text that may contain markup.
    case html
    /// Inline XHTML (Atom `type="xhtml"`), already serialized as markup.
    case xhtml
    /// Base64 of the real value (Atom 0.3 `mode="base64"`), in HTML.
    case base64
}

/// A value as the document wrote it, with what is needed to translate it later.
struct RawText {
    var value: String
    var kind: TextKind
    /// The xml:base (or document URL) in effect where the value was written.
    var base: String?
}

/// A link-like element: Atom `link`, RSS `enclosure`, `media:content`.
struct RawLink {
    var href: String
    var rel: String?
    var type: String?
    var length: Int64?
    var base: String?
}

/// The elements of one container (a channel/feed, or an item/entry) before translation.
///
/// Single values are kept per tag, first occurrence wins; the translator then picks
/// among the tags of one field in order of preference (RSS, then Dublin Core, then Atom…).
struct RawNode {
    private var slots = [RawText?](repeating: nil, count: Int(FeedTag.allCount))
    private var filled: [FeedTag] = []
    var links: [RawLink] = []
    var enclosures: [RawLink] = []
    var authors: [RawAuthor] = []
    var categories: [String] = []
    var guidIsPermaLink = true

    subscript(tag: FeedTag) -> RawText? { slots[Int(tag.rawValue)] }

    /// Keeps `text` for `tag` unless the tag already has a value.
    mutating func keepFirst(_ tag: FeedTag, _ text: RawText) {
        let index = Int(tag.rawValue)
        guard slots[index] == nil else { return }
        slots[index] = text
        filled.append(tag)
    }

    /// The first of `tags` that has a value.
    func first(_ tags: FeedTag...) -> RawText? {
        for tag in tags { if let value = slots[Int(tag.rawValue)] { return value } }
        return nil
    }

    /// Empties the node, keeping its storage for the next container.
    mutating func reset() {
        for tag in filled { slots[Int(tag.rawValue)] = nil }
        filled.removeAll(keepingCapacity: true)
        links.removeAll(keepingCapacity: true)
        enclosures.removeAll(keepingCapacity: true)
        authors.removeAll(keepingCapacity: true)
        categories.removeAll(keepingCapacity: true)
        guidIsPermaLink = true
    }
}

/// An author as written: RSS `author`/`dc:creator` text, or an Atom person construct.
enum RawAuthor {
    case text(String)
    case person(name: String?, email: String?, uri: String?)
}

/// An RSS `image` (or Atom `logo`/`icon`, iTunes `image`).
struct RawImage {
    var url: String?
    var title: String?
    var link: String?
    var base: String?
}

extension FeedTag {
    /// Number of cases, for tag-indexed storage.
    static let allCount: UInt8 = FeedTag.xhtmlBody.rawValue + 1
}

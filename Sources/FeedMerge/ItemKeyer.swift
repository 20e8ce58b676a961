import FeedModel
import WebText

/// Builds the identity keys of parsed items for the store and the merger.
///
/// ```swift
/// let keyer = ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed")
/// let keyed = keyer.keyed(item, sourceID: "hoan-kiem")
/// keyed.storyID   // "tag:hanoi.gov.vn,2025:story:hoan-kiem:3f6c0a1b2d4e5f60"
/// ```
///
/// - `key`: `id:` + the item's id (RSS guid, Atom id, JSON Feed id) when it has one, else
///   `url:` + the canonical link (``CanonicalURL/canonical(_:)``), else `hash:` + a hash
///   of the folded title and the publication date (or, with neither, of the item's
///   content, as ``KeyedItem/contentHash``). Never empty.
/// - `urlKey`: ``CanonicalURL/matchKey(_:)`` of the link.
/// - `titleKey`: the folded title (``TitleKey``: decorations removed, ``VietnameseFolding/fold(_:)``,
///   `Ủy ban nhân dân` written `UBND`) when it has at least
///   4 words and 16 characters (Unicode scalars of the fold, which is NFC); shorter titles ("Thông báo") name no single story.
/// - `contentHash`: a 64-bit FNV-1a hash, as 16 hex digits, of title, link, summary,
///   content, published, updated, authors, categories and enclosures. It is the same on
///   every run and machine, and changes when any of them is edited.
/// - `linkID`: the article id the source's ``LinkIDRule`` reads from the link.
/// - `signals`: ``MatchSignals/init(item:)``, what near-duplicates and guards compare.
/// - `storyID`: a `tag:` URI (RFC 4151) derived from the city feed's id and stable across
///   runs. For a city id `tag:AUTHORITY,DATE:SPECIFIC` it is
///   `tag:AUTHORITY,DATE:story:<sourceID>:<16 hex digits of the hash of key>`; for any
///   other city id it is `tag:feedbridge,2025:<16 hex digits of the hash of the city
///   id>:story:<sourceID>:<16 hex digits>`. Characters of the source id outside
///   `A-Z a-z 0-9 - . _ ~` are percent-encoded.
public struct ItemKeyer: Sendable {
    /// The city feed's id (`city.id` in feeds.yaml).
    public let cityID: String
    /// Everything of a story id before the source id: `tag:AUTHORITY,DATE:story:`.
    private let storyPrefix: String

    /// Minimum words and characters of a folded title that may match across portals.
    static let titleMinimumWords = 4
    static let titleMinimumCharacters = 16

    /// A keyer for the items of the city feed with this id.
    public init(cityID: String) {
        self.cityID = cityID
        if let authority = Self.tagAuthority(cityID) {
            storyPrefix = "tag:" + authority + ":story:"
        } else {
            storyPrefix = "tag:feedbridge,2025:" + StableHash.hex(of: cityID) + ":story:"
        }
    }

    /// The item with its keys, as the store keeps it.
    /// - Parameters:
    ///   - item: a parsed item (strings in NFC, links absolute).
    ///   - sourceID: the id of the source (portal) it came from.
    ///   - linkID: the source's `link_id` rule, if it has one.
    public func keyed(_ item: Item, sourceID: String, linkID: LinkIDRule? = nil) -> KeyedItem {
        let content = ContentHash.hex(of: item)
        let key = Self.key(of: item, contentHash: content)
        let strippedTitle = item.title.map(TitleDecorations.stripped)
        let titleWords = strippedTitle.map(TitleKey.words(of:))
        return KeyedItem(
            item: item, key: key,
            urlKey: item.link.flatMap(CanonicalURL.matchKey),
            titleKey: titleWords.flatMap(Self.titleKey(words:)),
            contentHash: content,
            storyID: storyPrefix + Self.encoded(sourceID) + ":" + StableHash.hex(of: key),
            linkID: item.link.flatMap { linkID?.id(in: $0) },
            signals: MatchSignals(item: item, strippedTitle: strippedTitle, titleWords: titleWords ?? []))
    }

    /// The item's key in its source: id, else canonical link, else a hash.
    static func key(of item: Item, contentHash: String) -> String {
        if let id = item.id, !id.allSatisfy(\.isWhitespace) { return "id:" + id }
        if let canonical = item.link.flatMap(CanonicalURL.canonical) { return "url:" + canonical }
        let title = item.title.map(VietnameseFolding.fold).flatMap { $0.isEmpty ? nil : $0 }
        guard title != nil || item.published != nil else { return "hash:" + contentHash }
        var hash = StableHash()
        hash.add(title)
        hash.separate()
        hash.add(item.published)
        return "hash:" + hash.hex
    }

    /// The folded title when it is long enough to identify a story.
    static func titleKey(_ title: String) -> String? {
        titleKey(words: TitleKey.words(of: TitleDecorations.stripped(title)))
    }

    /// The title key of a title's words (``TitleKey/words(of:)`` of the title without decorations).
    static func titleKey(words: [Substring]) -> String? {
        let folded = words.joined(separator: " ")
        guard folded.unicodeScalars.count >= titleMinimumCharacters,
              folded.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count + 1 >= titleMinimumWords else { return nil }
        return folded
    }

    /// `AUTHORITY,DATE` of a `tag:AUTHORITY,DATE:SPECIFIC` URI, else nil.
    static func tagAuthority(_ id: String) -> String? {
        guard id.hasPrefix("tag:") else { return nil }
        let rest = id.dropFirst(4)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let authority = rest[..<colon]
        guard let comma = authority.firstIndex(of: ","), comma != authority.startIndex,
              authority.index(after: comma) != authority.endIndex,
              !authority.contains(where: \.isWhitespace) else { return nil }
        return String(authority)
    }

    /// The source id with characters outside the unreserved set percent-encoded.
    private static func encoded(_ sourceID: String) -> String {
        PercentEncoding.escapingAllButUnreserved(sourceID)
    }
}

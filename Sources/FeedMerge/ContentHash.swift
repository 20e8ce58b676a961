import FeedModel

/// The hash of an item's visible content (``KeyedItem/contentHash``): FNV-1a 64, as 16
/// lowercase hex digits, over this byte encoding (a change to it makes every stored item
/// look edited, so it is pinned by a test):
///
/// - each optional string as `0xFE` + its UTF-8, or `0xFD` when absent;
/// - title, link, summary, content, then published and updated (whole seconds since
///   1970 in decimal), each followed by `0xFF`;
/// - the authors' name, email and uri, then `0xFF`; the categories, then `0xFF`; the
///   enclosures' url, type and length (decimal), then `0xFF`.
///
/// `0xFF`, `0xFE` and `0xFD` never occur in UTF-8, so moving text from one field to the
/// next changes the hash.
enum ContentHash {
    static func hex(of item: Item) -> String {
        var hash = StableHash()
        for field in [item.title, item.link, item.summary, item.content] {
            hash.add(field)
            hash.separate()
        }
        for date in [item.published, item.updated] {
            hash.add(date)
            hash.separate()
        }
        for author in item.authors {
            hash.add(author.name)
            hash.add(author.email)
            hash.add(author.uri)
        }
        hash.separate()
        for category in item.categories { hash.add(category as String?) }
        hash.separate()
        for enclosure in item.enclosures {
            hash.add(enclosure.url as String?)
            hash.add(enclosure.type)
            hash.add(enclosure.length.map { String($0) })
        }
        hash.separate()
        return hash.hex
    }
}

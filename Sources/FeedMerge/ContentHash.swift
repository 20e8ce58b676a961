import FeedModel

/// The hash of an item's visible content (``KeyedItem/contentHash``): FNV-1a 64 over
/// title, link, summary, content, published, updated, authors, categories and
/// enclosures (dates as whole seconds since 1970), each field ended by a separator byte so that no two items collide by
/// moving text from one field to the next. 16 lowercase hex digits.
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

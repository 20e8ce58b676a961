/// What happened while a listing page's rules were read, counted for `HTMLDiagnostics`.
struct ListingTally {
    /// Nodes the `item` rule selected.
    var itemNodes = 0
    /// Item nodes skipped: neither a title nor a link.
    var skipped = 0
    /// Items kept.
    var items = 0
    /// Per rule key, the items where the rule gave no value.
    var missing: [String: Int] = [:]
    var withoutTitle = 0
    var withoutLink = 0
    /// Items with a date text that could not be read, and the first such text.
    var unreadableDates = 0
    var unreadableExample: String?
    var futureDates = 0
    /// Items whose date rule gave no text, or a text that gave no date.
    var withoutDate = 0
    /// Items per link, in page order.
    var links: [String: Int] = [:]
    var linkOrder: [String] = []

    /// Records that `rule` gave no value in an item.
    mutating func missed(_ rule: String) {
        missing[rule, default: 0] += 1
    }

    /// Records a kept item's link.
    mutating func saw(link: String) {
        if links[link] == nil { linkOrder.append(link) }
        links[link, default: 0] += 1
    }
}

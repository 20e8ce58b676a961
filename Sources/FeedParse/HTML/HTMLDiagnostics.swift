import FeedModel

/// What an operator should know about how rules matched a page: the warnings
/// `feedbridge parse --html-rules` and `check --probe` print beside the items.
///
/// ```swift
/// let (feed, diagnostics) = try FeedParser(options: options).parseListing(page)
/// for warning in diagnostics.warnings { print("warning: \(warning)") }
/// ```
public struct HTMLDiagnostics: Sendable, Equatable {
    /// Human sentences, most important first, e.g. `rule 'date' matched nothing in 20 of 20
    /// items`, `3 of 20 items have no link`, `2 dates in the future were dropped`,
    /// `2 items share the link https://…`, `the page looks like a login page (title 'Đăng nhập')`.
    /// Empty when the rules matched the page as expected.
    public var warnings: [String]

    /// Diagnostics with these warnings (none: the rules matched as expected).
    public init(warnings: [String] = []) {
        self.warnings = warnings
    }

    /// Shared links reported one by one; past this many, the rest are counted.
    static let sharedLinksShown = 5

    /// The warnings of a listing page read with `rules`.
    init(tally: ListingTally, rules: HTMLRules, look: PageLook) {
        var warnings: [String] = []
        if let reason = look.login(hasItems: tally.items > 0) { warnings.append("the page looks like a login page (\(reason))") }
        if let reason = look.error { warnings.append("the page looks like an error page (\(reason))") }
        guard tally.itemNodes > 0 else {
            warnings.append("rule 'item' matched nothing: the page has no \(rules.item)")
            self.init(warnings: warnings)
            return
        }
        if tally.skipped > 0 {
            warnings.append("\(Self.count(tally.skipped, of: tally.itemNodes)) \(Self.have(tally.skipped)) neither a title nor a link: left out")
        }
        var silent: Set<String> = []
        for (rule, total) in [("title", tally.itemNodes), ("link", tally.itemNodes)] + Self.optionalRules(rules).map({ ($0, tally.items) })
        where total > 0 && tally.missing[rule] == total {
            warnings.append("rule '\(rule)' matched nothing in \(total) of \(total) items")
            silent.insert(rule)
        }
        if tally.withoutTitle > 0, !silent.contains("title") {
            warnings.append("\(Self.count(tally.withoutTitle, of: tally.items)) \(Self.have(tally.withoutTitle)) no title")
        }
        if tally.withoutLink > 0, !silent.contains("link") {
            warnings.append("\(Self.count(tally.withoutLink, of: tally.items)) \(Self.have(tally.withoutLink)) no link")
        }
        warnings += Self.dateWarnings(tally, rules: rules, silent: silent.contains("date"))
        warnings += Self.sharedLinks(tally)
        self.init(warnings: warnings)
    }

    /// The optional item rules the rules give, by `feeds.yaml` key.
    private static func optionalRules(_ rules: HTMLRules) -> [String] {
        [("date", rules.date), ("summary", rules.summary), ("content", rules.content), ("image", rules.image),
         ("author", rules.author), ("category", rules.category), ("id", rules.id)]
            .compactMap { $0.1 == nil ? nil : $0.0 }
    }

    private static func dateWarnings(_ tally: ListingTally, rules: HTMLRules, silent: Bool) -> [String] {
        var warnings: [String] = []
        if tally.unreadableDates > 0, let example = tally.unreadableExample {
            let format = rules.dateFormat.map { " with date_format '\($0)'" } ?? ""
            let dates = tally.unreadableDates == 1 ? "1 date" : "\(tally.unreadableDates) dates"
            warnings.append("\(dates) could not be read\(format) (e.g. '\(example)')")
        }
        if tally.withoutDate > 0, !silent {
            warnings.append("\(count(tally.withoutDate, of: tally.items)) \(have(tally.withoutDate)) no date (they will be dated when first seen)")
        }
        if tally.futureDates > 0 {
            warnings.append(tally.futureDates == 1 ? "1 date in the future was dropped" : "\(tally.futureDates) dates in the future were dropped")
        }
        return warnings
    }

    private static func sharedLinks(_ tally: ListingTally) -> [String] {
        let shared = tally.linkOrder.filter { tally.links[$0, default: 0] > 1 }
        var warnings = shared.prefix(sharedLinksShown).map { "\(tally.links[$0, default: 0]) items share the link \($0)" }
        if shared.count > sharedLinksShown {
            warnings.append("\(shared.count - sharedLinksShown) more links are shared by several items")
        }
        return warnings
    }

    /// `have`, or `has` after one item.
    private static func have(_ count: Int) -> String {
        count == 1 ? "has" : "have"
    }

    /// `3 of 20 items`, `1 of 20 items`.
    private static func count(_ part: Int, of whole: Int) -> String {
        "\(part) of \(whole) items"
    }
}

import FeedModel
import Foundation

/// What the parser needs to know about a document besides its bytes.
public struct ParseOptions: Sendable {
    /// The document's URL, for relative links (`--base`, or the fetched URL).
    public var baseURL: String?
    /// The HTTP `Content-Type` header, whose `charset` is a decoding hint.
    public var contentType: String?
    /// The zone of dates written without one (the source's zone).
    public var timeZone: TimeZone
    /// Documents larger than this end with `ParseError.tooLarge`.
    public var maxBytes: Int
    /// Items past this many are dropped (a bounded result for hostile documents).
    public var maxItems: Int
    /// When set, the document is an HTML listing page read with these XPath rules
    /// (the bridge: `Feed.format` is `.html`), not a feed.
    public var htmlRules: HTMLRules?
    /// The instant the HTML bridge (listing and article pages) takes as now: a date without a year is the latest one
    /// not after it, a date more than a day after it is dropped. Nil: the clock's time.
    public var now: Date?

    /// Hanoi time: UTC+7, no daylight saving.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    public init(
        baseURL: String? = nil, contentType: String? = nil,
        timeZone: TimeZone = ParseOptions.defaultTimeZone,
        maxBytes: Int = 64 << 20, maxItems: Int = 100_000,
        htmlRules: HTMLRules? = nil, now: Date? = nil
    ) {
        self.baseURL = baseURL
        self.contentType = contentType
        self.timeZone = timeZone
        self.maxBytes = maxBytes
        self.maxItems = maxItems
        self.htmlRules = htmlRules
        self.now = now
    }
}

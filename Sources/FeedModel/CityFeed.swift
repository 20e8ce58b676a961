import Foundation

/// The merged feed's own identity, from `feeds.yaml` `city:`, and where it is served.
public struct CityFeed: Sendable, Hashable, Codable {
    /// The feed title, e.g. "Hà Nội — Tin tức tổng hợp".
    public var title: String
    /// The city portal's home page.
    public var link: String
    /// The feed id (a `tag:` URI), never changed once published.
    public var id: String
    /// The feed language, e.g. `vi`.
    public var language: String
    /// The zone readers see times in (Hanoi time on the HTML page).
    public var timeZone: TimeZone
    /// The absolute URL the output folder is served at, ending in `/`
    /// (for `rel="self"` links), e.g. `http://127.0.0.1:8080/`.
    public var baseURL: String

    public init(title: String, link: String, id: String, language: String, timeZone: TimeZone, baseURL: String) {
        self.title = title
        self.link = link
        self.id = id
        self.language = language
        self.timeZone = timeZone
        self.baseURL = baseURL
    }
}

import FeedModel
import Foundation

extension AtomWriter {
    /// RFC 5005's namespace (`fh:archive`).
    static let historyNamespace = "http://purl.org/syndication/history/1.0"

    /// `archive/YYYY-MM.atom`: the stories first published in `month`, newest first, with
    /// `rel="current"` (the city feed), `prev-archive` and `next-archive`, and
    /// `fh:archive` once the month is closed. Its id is the city feed's: one logical feed.
    func archiveFeed(_ month: String, archives: ArchiveSet) -> [UInt8] {
        let city = publication.city
        let stories = archives.stories[month] ?? []
        let links = archives.links(of: month, format: .atom)
        let title = links.monthTitle ?? month
        let head = Head(
            id: city.id, title: "\(city.title) — lưu trữ \(title)",
            subtitle: "Tin đăng lần đầu trong tháng \(title)",
            selfURL: city.baseURL + links.selfPath,
            alternateURL: city.baseURL + PublishFormat.html.fileName,
            updated: stories.isEmpty ? publication.stories.newestUpdate : stories.newestUpdate,
            month: month
        )
        return document(head, stories: stories, links: links.relations(base: city.baseURL), archive: links.closed)
    }
}

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
        let (previous, next) = archives.neighbours(of: month)
        let head = Head(
            id: city.id, title: "\(city.title) — lưu trữ \(Self.monthTitle(month))",
            subtitle: "Tin đăng lần đầu trong tháng \(Self.monthTitle(month))",
            selfURL: city.baseURL + ArchiveSet.path(month),
            alternateURL: city.baseURL + PublishFormat.html.fileName,
            updated: stories.isEmpty ? publication.stories.newestUpdate : stories.newestUpdate
        )
        var links: [(rel: String, href: String)] = [("current", city.baseURL + PublishFormat.atom.fileName)]
        if let previous { links.append(("prev-archive", city.baseURL + ArchiveSet.path(previous))) }
        if let next { links.append(("next-archive", city.baseURL + ArchiveSet.path(next))) }
        return document(head, stories: stories, links: links, archive: month != archives.openMonth)
    }

    /// `2026-11` → `11/2026`.
    private static func monthTitle(_ month: String) -> String {
        let parts = month.split(separator: "-")
        return parts.count == 2 ? "\(parts[1])/\(parts[0])" : month
    }
}

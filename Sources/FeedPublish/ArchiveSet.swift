import FeedModel
import Foundation

/// The city feed's monthly archives (RFC 5005 archived feeds), in Atom, RSS and JSON
/// Feed as `formats` asks: every month a story was first published in, and the stories of
/// the documents a publish renders.
///
/// A story belongs to the month FeedBridge first published it (its `archive_month` in the
/// store, UTC), which never changes, so it is in exactly one archive document per format.
/// The last month is **open**: its documents `archive/YYYY-MM.{atom,rss,json}` grow while
/// the month lasts and are not marked as archives. Every earlier month is **closed**: each
/// of its documents is written once more, marked (``ArchiveMarker``), and never again.
/// Whether a month is open is read from the data (a later month has stories), never from
/// the clock, so the same store gives the same files on every instance.
public struct ArchiveSet: Sendable, Equatable {
    /// The formats that have archives.
    public static let formats: [PublishFormat] = [.atom, .rss, .json]

    /// Every month with a story, oldest first, as `YYYY-MM`.
    public var months: [String]
    /// The stories of the months with a document to render (newest first), by month.
    public var stories: [String: [Story]]
    /// The documents to render, by month (``Publisher/archiveDocumentsToRender(_:)``): the
    /// open month's in every format, a closed month's only where not yet written as closed.
    public var render: [String: Set<PublishFormat>]

    public init(months: [String], stories: [String: [Story]], render: [String: Set<PublishFormat>]) {
        self.months = months
        self.stories = stories
        self.render = render
    }

    /// The open month: the last one.
    public var openMonth: String? { months.last }

    /// The document's path in the output folder: `archive/YYYY-MM.atom` (`.rss`, `.json`).
    static func path(_ month: String, _ format: PublishFormat) -> String {
        "archive/\(month)." + ((format.fileName as NSString).pathExtension)
    }

    /// Where a document sits in the chain: for the current feed (`month` nil) a
    /// `prev-archive` to the open month; for a month `current`, `prev-archive` (older) and
    /// `next-archive` (newer), and whether it is closed. Paths are relative to the folder.
    func links(of month: String?, format: PublishFormat) -> ArchiveLinks {
        guard let month else {
            return ArchiveLinks(selfPath: format.fileName, previous: openMonth.map { Self.path($0, format) })
        }
        let index = months.firstIndex(of: month)
        return ArchiveLinks(
            selfPath: Self.path(month, format), current: format.fileName,
            previous: index.flatMap { $0 > 0 ? Self.path(months[$0 - 1], format) : nil },
            next: index.flatMap { $0 + 1 < months.count ? Self.path(months[$0 + 1], format) : nil },
            closed: month != openMonth, month: month
        )
    }

    /// A `YYYY-MM` month name, as the store writes them.
    public static func isMonth(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return bytes.count == 7 && bytes[4] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }
    }
}

/// One document's place among the archives (paths relative to the output folder).
struct ArchiveLinks {
    var selfPath: String
    /// The current feed, for an archive document.
    var current: String?
    /// `prev-archive`: the month before (for the current feed, the open month).
    var previous: String?
    /// `next-archive`: the month after.
    var next: String?
    /// A closed month: marked, never rewritten.
    var closed = false
    /// The archive's month; nil for the current feed.
    var month: String?

    /// RFC 5005's link relations, in document order, with absolute URLs.
    func relations(base: String) -> [(rel: String, href: String)] {
        [("current", current), ("prev-archive", previous), ("next-archive", next)].compactMap { rel, path in
            path.map { (rel, base + $0) }
        }
    }

    /// `2026-11` → `11/2026`, for titles.
    var monthTitle: String? {
        month.map { month in
            let parts = month.split(separator: "-")
            return parts.count == 2 ? "\(parts[1])/\(parts[0])" : month
        }
    }
}

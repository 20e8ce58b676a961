import FeedModel
import Foundation

/// The city feed's monthly archives (RFC 5005 archived feeds): every month a story was
/// first published in, and the stories of the months a publish renders.
///
/// A story belongs to the month FeedBridge first published it (its `archive_month` in the
/// store, UTC), which never changes, so it is in exactly one archive document. The last
/// month is **open**: its document `archive/YYYY-MM.atom` grows while the month lasts and
/// carries no `fh:archive`. Every earlier month is **closed**: its document is written
/// once more as closed (with `fh:archive`) and never again. Whether a month is open is
/// read from the data (a later month has stories), never from the clock, so the same
/// store gives the same files on every instance.
public struct ArchiveSet: Sendable, Equatable {
    /// Every month with a story, oldest first, as `YYYY-MM`.
    public var months: [String]
    /// The stories of the months to render (newest first), by month: the open month and
    /// the closed months whose document was not yet written as closed
    /// (``Publisher/archiveMonthsToRender(_:)``).
    public var stories: [String: [Story]]

    public init(months: [String], stories: [String: [Story]]) {
        self.months = months
        self.stories = stories
    }

    /// The open month: the last one.
    public var openMonth: String? { months.last }

    /// The document's path in the output folder: `archive/YYYY-MM.atom`.
    static func path(_ month: String) -> String { "archive/\(month).atom" }

    /// The month before `month` in the set, and the month after it.
    func neighbours(of month: String) -> (previous: String?, next: String?) {
        guard let index = months.firstIndex(of: month) else { return (nil, nil) }
        return (index > 0 ? months[index - 1] : nil, index + 1 < months.count ? months[index + 1] : nil)
    }

    /// A `YYYY-MM` month name, as the store writes them.
    public static func isMonth(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return bytes.count == 7 && bytes[4] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }
    }
}

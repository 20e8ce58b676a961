import FeedModel
import Foundation
import GRDB
import WebText

extension FeedStore {
    /// Every month (`YYYY-MM`, UTC) in which a published story was first stored, oldest first.
    public func archiveMonths() throws -> [String] {
        try read("list archive months") { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT archive_month FROM stories WHERE merged_into IS NULL ORDER BY archive_month
                """)
        }
    }

    /// The stories first stored in `month` (`YYYY-MM`), newest first: one archive document.
    public func stories(archiveMonth month: String) throws -> [Story] {
        try read("read archive \(month)") { db in
            try StoryReader(db: db).stories(
                selecting: "SELECT id FROM stories WHERE merged_into IS NULL AND archive_month = ?",
                arguments: [month]
            )
        }
    }

    /// The month a story founded at `date` is archived in: `YYYY-MM` in UTC (by
    /// ``CivilCalendar``: no Calendar per ingest of every source).
    static func archiveMonth(of date: Date) -> String {
        let civil = CivilCalendar.date(fromDays: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        let year = String(civil.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + (civil.month < 10 ? "-0" : "-") + String(civil.month)
    }
}

import FeedModel
import Foundation
import GRDB

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

    /// The month a story founded at `date` is archived in: `YYYY-MM` in UTC (the civil
    /// date of the day count, as in Howard Hinnant's `civil_from_days`: no Calendar per
    /// ingest of every source).
    static func archiveMonth(of date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + (month < 10 ? "-0" : "-") + String(month)
    }
}

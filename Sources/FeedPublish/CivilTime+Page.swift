import Foundation
import WebText

/// The HTML page's dates: a moment as a wall clock in the city's zone shows it.
extension CivilTime {
    /// `date` as a wall clock in `zone` shows it.
    init(_ date: Date, in zone: TimeZone) {
        self.init(date, offset: zone.secondsFromGMT(for: date))
    }

    /// `14:05`.
    var clock: String { Self.pad(hour) + ":" + Self.pad(minute) }

    /// The Vietnamese day heading: `Chủ Nhật, 29/11/2026`, `Thứ Hai, 30/11/2026`.
    var vietnameseDay: String {
        let names = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
        return "\(names[weekday]), \(dayMonthYear)"
    }

    /// The calendar day, for grouping.
    var dayKey: Int { CivilCalendar.days(year: year, month: month, day: day) }
}

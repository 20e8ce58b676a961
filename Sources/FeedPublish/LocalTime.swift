import FeedModel
import Foundation

/// A moment as a wall clock in some zone shows it, for RFC 822 dates and the HTML
/// page (computed with `CivilCalendar`, no formatter, no locale).
struct LocalTime {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// 0 is Sunday.
    var weekday: Int
    /// Seconds east of UTC.
    var offset: Int

    init(_ date: Date, in zone: TimeZone) {
        self.init(date, offset: zone.secondsFromGMT(for: date))
    }

    fileprivate init(_ date: Date, offset: Int) {
        self.offset = offset
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        (year, month, day) = CivilCalendar.date(fromDays: days)
        hour = seconds / 3_600
        minute = seconds / 60 % 60
        second = seconds % 60
        weekday = ((days + 4) % 7 + 7) % 7
    }

    /// RFC 822 (as RFC 1123 amends it): `Sun, 29 Nov 2026 14:05:00 +0700`, `GMT` in UTC.
    var rfc822: String {
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let zone: String
        if offset == 0 {
            zone = "GMT"
        } else {
            let minutes = abs(offset) / 60
            zone = (offset < 0 ? "-" : "+") + Self.pad(minutes / 60) + Self.pad(minutes % 60)
        }
        return "\(names[weekday]), \(Self.pad(day)) \(months[month - 1]) \(year) "
            + "\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) \(zone)"
    }

    /// `14:05`.
    var clock: String { "\(Self.pad(hour)):\(Self.pad(minute))" }

    /// `29/11/2026`.
    var numericDate: String { "\(Self.pad(day))/\(Self.pad(month))/\(year)" }

    /// The Vietnamese day heading: `Chủ Nhật, 29/11/2026`, `Thứ Hai, 30/11/2026`.
    var vietnameseDay: String {
        let names = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
        return "\(names[weekday]), \(numericDate)"
    }

    /// The calendar day, for grouping.
    var dayKey: Int { CivilCalendar.days(year: year, month: month, day: day) }

    fileprivate static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

extension Date {
    /// The date as UTC RFC 3339 with whole seconds, `2026-11-29T07:05:00Z`: the text of
    /// `Date.rfc3339`, without its formatter (feeds write thousands of dates).
    var rfc3339UTC: String {
        let utc = LocalTime(self, offset: 0)
        let year = utc.year < 1_000 ? String(repeating: "0", count: 4 - String(utc.year).count) + String(utc.year) : String(utc.year)
        return "\(year)-\(LocalTime.pad(utc.month))-\(LocalTime.pad(utc.day))T"
            + "\(LocalTime.pad(utc.hour)):\(LocalTime.pad(utc.minute)):\(LocalTime.pad(utc.second))Z"
    }
}

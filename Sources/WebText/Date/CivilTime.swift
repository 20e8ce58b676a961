import Foundation

/// A moment split into calendar fields at a fixed offset from UTC, with the two date
/// formats of feeds and HTTP. Integer arithmetic on `CivilCalendar`, no formatter: the
/// output never depends on the machine's locale or time zone data, and feeds write
/// thousands of dates.
///
/// ```swift
/// let time = CivilTime(secondsSince1970: 1_764_399_900, offset: 7 * 3_600)
/// time.rfc3339   // "2025-11-29T14:05:00+07:00"
/// time.rfc822    // "Sat, 29 Nov 2025 14:05:00 +0700"
/// ```
public struct CivilTime: Sendable, Equatable {
    /// The proleptic Gregorian year.
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31.
    public let day: Int
    /// 0–23.
    public let hour: Int
    /// 0–59.
    public let minute: Int
    /// 0–59 (no leap seconds).
    public let second: Int
    /// 0 is Sunday … 6 is Saturday.
    public let weekday: Int
    /// Seconds east of UTC.
    public let offset: Int

    /// The moment `seconds` after 1970-01-01T00:00:00Z, as a clock `offset` seconds east of UTC shows it.
    public init(secondsSince1970 seconds: Int, offset: Int) {
        self.offset = offset
        let local = seconds + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondsOfDay = local - days * 86_400
        (year, month, day) = CivilCalendar.date(fromDays: days)
        hour = secondsOfDay / 3_600
        minute = secondsOfDay / 60 % 60
        second = secondsOfDay % 60
        weekday = ((days + 4) % 7 + 7) % 7
    }

    /// `date` (whole seconds, rounded down) as a clock `offset` seconds east of UTC shows it.
    public init(_ date: Date, offset: Int = 0) {
        self.init(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)), offset: offset)
    }

    /// RFC 3339 with whole seconds: `2025-11-29T14:05:00+07:00`, `…Z` in UTC.
    public var rfc3339: String {
        var text = Self.year(year) + "-" + Self.pad(month) + "-" + Self.pad(day) + "T" + clockWithSeconds
        if offset == 0 { return text + "Z" }
        text += offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return text + Self.pad(minutes / 60) + ":" + Self.pad(minutes % 60)
    }

    /// RFC 822 as RFC 1123 amends it (RSS dates, HTTP dates): `Sat, 29 Nov 2025 14:05:00 +0700`,
    /// `GMT` in UTC.
    public var rfc822: String {
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let zone: String
        if offset == 0 {
            zone = "GMT"
        } else {
            let minutes = abs(offset) / 60
            zone = (offset < 0 ? "-" : "+") + Self.pad(minutes / 60) + Self.pad(minutes % 60)
        }
        return "\(weekdays[weekday]), \(Self.pad(day)) \(Self.monthNames[month - 1]) \(Self.year(year)) \(clockWithSeconds) \(zone)"
    }

    /// The English month abbreviations of RFC 822 dates, January first.
    package static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The day as Vietnamese pages write it: `29/11/2025`.
    public var dayMonthYear: String {
        Self.pad(day) + "/" + Self.pad(month) + "/" + Self.year(year)
    }

    /// `14:05:00`.
    private var clockWithSeconds: String {
        Self.pad(hour) + ":" + Self.pad(minute) + ":" + Self.pad(second)
    }

    /// `value` with at least two digits: `07`.
    public static func pad(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }

    /// The year with at least four digits.
    private static func year(_ value: Int) -> String {
        let digits = String(value)
        return value >= 0 && digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) + digits : digits
    }
}

import FeedModel
import WebText

/// The fields of a date as written, before it is checked and placed on the time line.
struct DateFields {
    /// The year; nil when the text gave none (`21/7`): it is then inferred.
    var year: Int?
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var nanoseconds = 0
    /// The written zone in seconds east of UTC; nil when the text gave none (the source's zone).
    var offset: Int?

    /// Whether the time of day exists (`23:59:60` is a leap second; `24:00` is refused).
    var hasValidTime: Bool {
        (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    /// Whether the day exists in `year` (`30/02` never does, `29/02` in leap years).
    func hasValidDay(in year: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= Self.daysIn(month: month, year: year)
    }

    /// Seconds from 1970-01-01T00:00:00 to these fields in `year`, read as if they were UTC.
    func localSeconds(in year: Int) -> Int {
        CivilCalendar.days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// Turns an hour written on a 12-hour clock into a 24-hour one (`12 AM` is 0, `5 PM` is 17).
    /// An hour already past 12 is kept with PM (`17:27 PM`, a common slip) and refused with AM.
    /// - Returns: false when the hour cannot be read with this meridiem.
    mutating func applyMeridiem(pm: Bool) -> Bool {
        switch (hour, pm) {
        case (12, false): hour = 0
        case (0...11, true): hour += 12
        case (13..., false): return false
        default: break
        }
        return true
    }

    /// A two-digit year as RFC 2822 reads it: 00–49 are 2000–2049, 50–99 are 1950–1999.
    static func fullYear(twoDigits year: Int) -> Int {
        year < 50 ? 2000 + year : 1900 + year
    }

    /// The number of nanoseconds in a fraction of a second written with `digits` digits.
    /// `value` holds at most the first 18 digits (see `DateToken.value`).
    static func nanoseconds(fraction value: Int, digits: Int) -> Int {
        var nanos = value
        var scale = min(digits, 18)
        while scale < 9 { nanos *= 10; scale += 1 }
        while scale > 9 { nanos /= 10; scale -= 1 }
        return nanos
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

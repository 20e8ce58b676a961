import FeedBridgeTestSupport
import Foundation
import Testing
import WebText

/// RFC 3339 and RFC 822 dates, computed without a formatter.
@Suite(.offCooperativePool) struct CivilTimeTests {
    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"), (1_550_140_020, "2019-02-14T10:27:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"), (4_102_444_799, "2099-12-31T23:59:59Z"), (-62_135_596_800, "0001-01-01T00:00:00Z"),
    ])
    func rfc3339_utc_isZuluWithWholeSeconds(seconds: Int, expected: String) {
        #expect(CivilTime(secondsSince1970: seconds, offset: 0).rfc3339 == expected)
        #expect(Date(timeIntervalSince1970: Double(seconds) + 0.75).rfc3339 == expected)
    }

    @Test func rfc3339_withOffset_showsTheLocalClock() {
        #expect(CivilTime(secondsSince1970: 1_550_140_020, offset: 7 * 3_600).rfc3339 == "2019-02-14T17:27:00+07:00")
        #expect(CivilTime(secondsSince1970: 1_550_140_020, offset: -(5 * 3_600 + 30 * 60)).rfc3339 == "2019-02-14T04:57:00-05:30")
    }

    @Test func rfc822_namesTheDay_andWritesGMTInUTC() {
        #expect(CivilTime(secondsSince1970: 1_764_399_900, offset: 7 * 3_600).rfc822 == "Sat, 29 Nov 2025 14:05:00 +0700")
        #expect(CivilTime(secondsSince1970: 1_756_688_400, offset: 0).rfc822 == "Mon, 01 Sep 2025 01:00:00 GMT")
        #expect(CivilTime(secondsSince1970: -86_400, offset: 0).rfc822 == "Wed, 31 Dec 1969 00:00:00 GMT")
        #expect(CivilTime(secondsSince1970: 0, offset: -3_600).rfc822 == "Wed, 31 Dec 1969 23:00:00 -0100")
    }

    @Test func fields_andVietnameseDay() {
        let time = CivilTime(secondsSince1970: 1_764_399_900, offset: 7 * 3_600)
        let fields: [Int] = [time.year, time.month, time.day, time.hour, time.minute, time.second, time.weekday]
        #expect(fields == [2025, 11, 29, 14, 5, 0, 6])
        #expect(time.dayMonthYear == "29/11/2025")
    }

    @Test func civilCalendar_roundTripsEveryDayOfFourCenturies() {
        for days in stride(from: -146_097, through: 146_097, by: 1) {
            let date = CivilCalendar.date(fromDays: days)
            guard CivilCalendar.days(year: date.year, month: date.month, day: date.day) == days else {
                Issue.record("day \(days) → \(date)")
                return
            }
        }
        #expect(CivilCalendar.days(year: 2025, month: 7, day: 1) == 20_270)
    }
}

import FeedBridgeTestSupport
import Foundation
import Testing
import FeedModel
import FeedParse
import WebText

/// A date text and the UTC RFC 3339 instant a user should see for it (nil: no date).
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: String?
    init(_ text: String, _ expected: String?) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { "\"\(text)\"" }
}

@Suite(.offCooperativePool) struct DateParserTests {
    /// 2025-07-20 10:00 in Hanoi: the reference for dates written without a year.
    static let now = Date(timeIntervalSince1970: 1_752_980_400)
    static let hanoi = DateParser(timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, now: now)

    static let supported: [DateCase] = [
        // RFC 822 / 1123 and their real-world variants.
        DateCase("Thu, 14 Feb 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 10:27:00 GMT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 19 10:27:00 GMT", "2019-02-14T10:27:00Z"),
        DateCase("14 Feb 2019 10:27:00 GMT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 10:27 GMT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 10:27:00 UT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 10:27:00 UTC", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 10:27:00 Z", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 05:27:00 EST", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 06:27:00 EDT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 04:27:00 CST", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 05:27:00 CDT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 03:27:00 MST", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 04:27:00 MDT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 02:27:00 PST", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 03:27:00 PDT", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 11:27:00 A", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 05:27:00 R", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 17:27:00 +07:00", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 05:27:00 -0500", "2019-02-14T10:27:00Z"),
        DateCase("thu, 14 feb 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("THU, 14 FEB 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("Thursday, 14 February 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("Fri, 13 September 2019 08:00:00 +0700", "2019-09-13T01:00:00Z"),
        DateCase("  Thu,  14  Feb  2019   17:27:00  +0700 ", "2019-02-14T10:27:00Z"),
        DateCase("Thu 14 Feb 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("Thu,14 Feb 2019 17:27:00 +0700", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 17:27:00", "2019-02-14T10:27:00Z"),
        DateCase("Thursday, 14-Feb-19 10:27:00 GMT", "2019-02-14T10:27:00Z"),
        DateCase("Thu Feb 14 17:27:00 2019", "2019-02-14T10:27:00Z"),
        DateCase("Thu Feb 14 10:27:00 +0000 2019", "2019-02-14T10:27:00Z"),
        DateCase("February 14, 2019 5:27 PM", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 17:27:00 +0700 (ICT)", "2019-02-14T10:27:00Z"),
        DateCase("Thu, 14 Feb 2019 19:27:00 JST", "2019-02-14T10:27:00Z"),
        DateCase("Sun, 1 Sep 2019 08:00:00 +0700", "2019-09-01T01:00:00Z"),
        DateCase("Tue, 31 Dec 2019 23:30:00 -0500", "2020-01-01T04:30:00Z"),
        // RFC 3339 / ISO 8601 / W3CDTF.
        DateCase("2019-02-14T10:27:00Z", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T10:27:00.123456Z", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T17:27:00+07:00", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T17:27:00+0700", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T05:27:00-05:00", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T17:27+07:00", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14T17:27:00", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14t10:27:00z", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14", "2019-02-13T17:00:00Z"),
        DateCase("2019-02", "2019-01-31T17:00:00Z"),
        DateCase("2019", "2018-12-31T17:00:00Z"),
        DateCase("2019-02-14 17:27:00", "2019-02-14T10:27:00Z"),
        DateCase("2019-02-14 10:27:00Z", "2019-02-14T10:27:00Z"),
        DateCase("2019/02/14", "2019-02-13T17:00:00Z"),
        DateCase("2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z"),
        // Vietnamese portals.
        DateCase("14/02/2019 5:27 PM", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019 | 5:27 PM", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019 17:27", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019 17:27:05", "2019-02-14T10:27:05Z"),
        DateCase("Thứ năm, 14/02/2019 - 17:27", "2019-02-14T10:27:00Z"),
        DateCase("Thứ Năm, 14/02/2019, 17:27 (GMT+7)", "2019-02-14T10:27:00Z"),
        DateCase("Thứ năm, 14/02/2019 17:27 GMT+07:00", "2019-02-14T10:27:00Z"),
        DateCase("17:27 14/02/2019", "2019-02-14T10:27:00Z"),
        DateCase("17:27, 14/02/2019", "2019-02-14T10:27:00Z"),
        DateCase("(24/08/2022)", "2022-08-23T17:00:00Z"),
        DateCase("24/08/2022", "2022-08-23T17:00:00Z"),
        DateCase("24-08-2022", "2022-08-23T17:00:00Z"),
        DateCase("24.08.2022", "2022-08-23T17:00:00Z"),
        DateCase("14/02/19", "2019-02-13T17:00:00Z"),
        DateCase("14/2/2019 7:05", "2019-02-14T00:05:00Z"),
        DateCase("ngày 14 tháng 2 năm 2019", "2019-02-13T17:00:00Z"),
        DateCase("NGÀY 14 THÁNG 2 NĂM 2019", "2019-02-13T17:00:00Z"),
        DateCase("Ngày 14 tháng 02 năm 2019 lúc 17:27", "2019-02-14T10:27:00Z"),
        DateCase("Ngày đăng 23/03/2016 | 03:48 PM | View count: 459", "2016-03-23T08:48:00Z"),
        DateCase("Cập nhật: 14/02/2019 17:27", "2019-02-14T10:27:00Z"),
        DateCase("Cập nhật lúc 17:27 ngày 14/02/2019", "2019-02-14T10:27:00Z"),
        DateCase("Thứ hai, ngày 12 tháng 7 năm 2024, 09:05", "2024-07-12T02:05:00Z"),
        DateCase("Thứ Sáu, 12/7/2024 | 9:05 SA", "2024-07-12T02:05:00Z"),
        DateCase("14/02/2019 5:27 CH", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019 10:27 SA", "2019-02-14T03:27:00Z"),
        DateCase("14/02/2019 12:05 SA", "2019-02-13T17:05:00Z"),
        DateCase("14/02/2019 12:05 PM", "2019-02-14T05:05:00Z"),
        DateCase("14/02/2019 5:27 p.m.", "2019-02-14T10:27:00Z"),
        DateCase("5:27 chiều, 14/02/2019", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019 17h27", "2019-02-14T10:27:00Z"),
        DateCase("14/02/2019\u{A0}17:27\u{A0}+07:00", "2019-02-14T10:27:00Z"),
        DateCase("Thứ Hai, 29/02/2016 - 08:00", "2016-02-29T01:00:00Z"),
        // Without a year (now: 2025-07-20 10:00 in Hanoi): the latest such day not after now.
        DateCase("Ngày 21/7", "2024-07-20T17:00:00Z"),
        DateCase("21/7", "2024-07-20T17:00:00Z"),
        DateCase("19/7", "2025-07-18T17:00:00Z"),
        DateCase("20/7 09:30", "2025-07-20T02:30:00Z"),
        DateCase("20/7 10:30", "2024-07-20T03:30:00Z"),
        DateCase("29/02", "2024-02-28T17:00:00Z"),
    ]

    @Test(arguments: supported)
    func parse_supportedForm_givesUTCInstant(_ date: DateCase) {
        #expect(Self.hanoi.parse(date.text)?.rfc3339 == date.expected)
    }

    static let refused: [DateCase] = [
        DateCase("", nil),
        DateCase("   ", nil),
        DateCase("garbage", nil),
        DateCase("không có ngày", nil),
        DateCase("32/01/2019", nil),
        DateCase("00/01/2019", nil),
        DateCase("14/00/2019", nil),
        DateCase("2019-13-01", nil),
        DateCase("Feb 30 2019", nil),
        DateCase("30/02/2019", nil),
        DateCase("29/02/2019", nil),
        DateCase("1550140020", nil),
        DateCase("459", nil),
        DateCase("17:27", nil),
        DateCase("14/02/2019 25:00", nil),
        DateCase("14/02/2019 17:60", nil),
        DateCase("14/02/2019 17:27 SA", nil),
        DateCase("2019-02-14T10:27:00+2500", nil),
        DateCase("Thu, 14 Feb 17:27:00 +0700", nil),
        DateCase("0999-01-01", nil),
        DateCase("1/2/3/4", nil),
        DateCase("Số 123/QĐ-UBND", nil),
    ]

    @Test(arguments: refused)
    func parse_notADate_givesNil(_ date: DateCase) {
        #expect(Self.hanoi.parse(date.text) == nil)
    }

    @Test func parse_yearlessDateOnlyInTheFuture_givesNil() {
        // 10 February 2024: this year's 29 February is ahead, the last one was in 2020.
        let parser = DateParser(timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, now: Date(timeIntervalSince1970: 1_707_523_200))
        #expect(parser.parse("29/02") == nil)
        #expect(parser.parse("28/02")?.rfc3339 == "2023-02-27T17:00:00Z")
    }

    @Test func parse_zonelessDate_usesTheSourceZone() {
        let utc = DateParser(timeZone: TimeZone(identifier: "UTC")!, now: Self.now)
        #expect(utc.parse("14/02/2019 17:27")?.rfc3339 == "2019-02-14T17:27:00Z")
        let newYork = DateParser(timeZone: TimeZone(identifier: "America/New_York")!, now: Self.now)
        #expect(newYork.parse("2019-02-14 17:27:00")?.rfc3339 == "2019-02-14T22:27:00Z")
        #expect(newYork.parse("2019-07-14 17:27:00")?.rfc3339 == "2019-07-14T21:27:00Z")
        #expect(newYork.parse("2025-07-14 17:27:00")?.rfc3339 == "2025-07-14T21:27:00Z")
        #expect(newYork.parse("Thu, 14 Feb 2019 17:27:00 +0700")?.rfc3339 == "2019-02-14T10:27:00Z")
    }

    @Test func parse_substringAndFraction_keepTheInstant() throws {
        let text = "<pubDate>2019-02-14T10:27:00.5Z</pubDate>"
        let inner = text.dropFirst(9).dropLast(10)
        let date = try #require(Self.hanoi.parse(inner))
        #expect(date.timeIntervalSince1970 == 1_550_140_020.5)
    }
}

/// `date_format` patterns of feeds.yaml.
@Suite(.offCooperativePool) struct DatePatternTests {
    static let hanoi = DateParserTests.hanoi

    struct FormatCase: Sendable, CustomTestStringConvertible {
        let format: String
        let text: String
        let expected: String?
        var testDescription: String { "\(format) ← \"\(text)\"" }
    }

    static let cases: [FormatCase] = [
        FormatCase(format: "dd/MM/yyyy | hh:mm a", text: "Ngày đăng 23/03/2016 | 03:48 PM | View count: 459", expected: "2016-03-23T08:48:00Z"),
        FormatCase(format: "dd/MM/yyyy | hh:mm a", text: "23/03/2016 | 03:48 SA", expected: "2016-03-22T20:48:00Z"),
        FormatCase(format: "dd/MM/yyyy | hh:mm a", text: "23/03/2016 |12:15 ch", expected: "2016-03-23T05:15:00Z"),
        FormatCase(format: "dd/MM/yyyy | hh:mm a", text: "23/03/2016 | 13:15 AM", expected: nil),
        FormatCase(format: "dd/MM/yyyy | hh:mm a", text: "23/03/2016 03:48 PM", expected: nil),
        FormatCase(format: "dd/MM/yyyy HH:mm", text: "Cập nhật 14/02/2019 17:27", expected: "2019-02-14T10:27:00Z"),
        FormatCase(format: "dd/MM/yyyy HH:mm", text: "14/2/2019   7:05 (GMT+7)", expected: "2019-02-14T00:05:00Z"),
        FormatCase(format: "dd/MM/yyyy HH:mm", text: "31/02/2019 17:27", expected: nil),
        FormatCase(format: "dd/MM/yyyy HH:mm", text: "114/02/2019 17:27", expected: nil),
        FormatCase(format: "HH:mm dd/MM/yyyy", text: "17:27 14/02/2019", expected: "2019-02-14T10:27:00Z"),
        FormatCase(format: "HH:mm dd/MM/yyyy", text: "Lúc 08:00 01/01/2020 | Tin tức", expected: "2020-01-01T01:00:00Z"),
        FormatCase(format: "yyyy-MM-dd", text: "Ngày: 2019-02-14", expected: "2019-02-13T17:00:00Z"),
        FormatCase(format: "yyyy-MM-dd", text: "14-02-2019", expected: nil),
        FormatCase(format: "yyyyMMddHHmmss", text: "id 20190214172705", expected: "2019-02-14T10:27:05Z"),
        FormatCase(format: "'Ngày' d 'tháng' M 'năm' yyyy", text: "Ngày 14 tháng 2 năm 2019", expected: "2019-02-13T17:00:00Z"),
        FormatCase(format: "dd MMM yyyy, HH:mm", text: "14 feb 2019, 17:27", expected: "2019-02-14T10:27:00Z"),
        FormatCase(format: "dd/MM/yy", text: "14/02/19", expected: "2019-02-13T17:00:00Z"),
        FormatCase(format: "dd/MM", text: "Ngày 21/07", expected: "2024-07-20T17:00:00Z"),
    ]

    @Test(arguments: cases)
    func parse_withFormat_readsThePatternInsideTheText(_ date: FormatCase) {
        #expect(Self.hanoi.parse(date.text, format: date.format)?.rfc3339 == date.expected)
    }

    @Test func pattern_withoutAMonth_isRefused() {
        #expect(DatePattern("HH:mm") == nil)
        #expect(Self.hanoi.parse("17:27 14/02/2019", format: "HH:mm") == nil)
        #expect(DatePattern("dd/MM/yyyy")?.format == "dd/MM/yyyy")
    }
}

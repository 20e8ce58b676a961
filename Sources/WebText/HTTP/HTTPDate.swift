/// HTTP dates (RFC 9110 §5.6.7): `Last-Modified`, `If-Modified-Since`, `Date`.
///
/// ```swift
/// HTTPDate.format(secondsSince1970: 1_756_688_400)   // "Mon, 01 Sep 2025 01:00:00 GMT"
/// HTTPDate.parse("Mon, 01 Sep 2025 01:00:00 GMT")   // 1_756_688_400
/// ```
public enum HTTPDate {
    /// The IMF-fixdate of a moment, the only form a sender may write.
    public static func format(secondsSince1970 seconds: Int) -> String {
        CivilTime(secondsSince1970: seconds, offset: 0).rfc822
    }

    /// Seconds since 1970 of an HTTP date in any of the three forms a recipient must
    /// accept: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form
    /// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`); nil
    /// for anything else.
    public static func parse(_ text: String) -> Int? {
        let words = text.split(separator: " ")
        let day: Int?, month: Int?, year: Int?, clock: Substring
        switch words.count {
        case 6 where words[5] == "GMT":  // IMF-fixdate
            (day, month, year, clock) = (Int(words[1]), monthNumber(words[2]), Int(words[3]), words[4])
        case 4 where words[3] == "GMT":  // RFC 850: two-digit year, 1970–2069
            let parts = words[1].split(separator: "-")
            guard parts.count == 3, parts[2].count == 2, let short = Int(parts[2]) else { return nil }
            (day, month, year, clock) = (Int(parts[0]), monthNumber(parts[1]), short < 70 ? 2000 + short : 1900 + short, words[2])
        case 5:  // asctime
            (day, month, year, clock) = (Int(words[2]), monthNumber(words[1]), Int(words[4]), words[3])
        default:
            return nil
        }
        let time = clock.split(separator: ":").compactMap { Int($0) }
        guard let day, let month, let year, (1...31).contains(day), time.count == 3,
              (0...23).contains(time[0]), (0...59).contains(time[1]), (0...60).contains(time[2])
        else { return nil }
        return CivilCalendar.days(year: year, month: month, day: day) * 86_400 + time[0] * 3_600 + time[1] * 60 + time[2]
    }

    /// 1–12 for an English month abbreviation.
    private static func monthNumber(_ name: Substring) -> Int? {
        CivilTime.monthNames.firstIndex(of: String(name)).map { $0 + 1 }
    }
}

import FeedModel
/// A moment split into calendar fields at a fixed UTC offset, with the date formats the
/// simulated portals print. Built on integer arithmetic, not on `DateFormatter`, so the
/// output never depends on the machine's locale or time zone data.
struct CivilTime {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    /// 0 = Sunday … 6 = Saturday.
    let weekday: Int
    let offsetHours: Int

    /// Hanoi's offset: UTC+7, no daylight saving time.
    static let hanoiOffset = 7

    init(epoch: Int, offsetHours: Int = CivilTime.hanoiOffset) {
        let local = epoch + offsetHours * 3600
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondsOfDay = local - days * 86_400
        (year, month, day) = CivilCalendar.date(fromDays: days)
        hour = secondsOfDay / 3600
        minute = secondsOfDay % 3600 / 60
        second = secondsOfDay % 60
        weekday = ((days % 7) + 11) % 7
        self.offsetHours = offsetHours
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 as in RSS: `Mon, 01 Sep 2025 08:00:00 +0700`.
    var rfc822: String {
        "\(Self.weekdays[weekday]), \(two(day)) \(Self.months[month - 1]) \(year) \(two(hour)):\(two(minute)):\(two(second)) \(offsetHHMM)"
    }

    /// RFC 3339: `2025-09-01T08:00:00+07:00`, or `…Z` at offset 0.
    var rfc3339: String {
        let zone = offsetHours == 0 ? "Z" : "\(offsetSign)\(two(abs(offsetHours))):00"
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))\(zone)"
    }

    /// The HTTP date of `Last-Modified` (at offset 0): `Mon, 01 Sep 2025 01:00:00 GMT`.
    var httpDate: String {
        "\(Self.weekdays[weekday]), \(two(day)) \(Self.months[month - 1]) \(year) \(two(hour)):\(two(minute)):\(two(second)) GMT"
    }

    /// Liferay's asset publisher: `01/09/2025 | 8:00 AM`.
    var liferay: String {
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        return "\(dayMonthYear) | \(hour12):\(two(minute)) \(hour < 12 ? "AM" : "PM")"
    }

    /// `01/09/2025`.
    var dayMonthYear: String { "\(two(day))/\(two(month))/\(year)" }

    private var offsetSign: String { offsetHours < 0 ? "-" : "+" }
    private var offsetHHMM: String { "\(offsetSign)\(two(abs(offsetHours)))00" }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Parses an IMF-fixdate (`Mon, 01 Sep 2025 01:00:00 GMT`) into epoch seconds.
    static func parseHTTPDate(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT",
              let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])), let year = Int(parts[3])
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return CivilCalendar.days(year: year, month: month + 1, day: day) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }
}

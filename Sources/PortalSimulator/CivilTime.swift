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
        (year, month, day) = CivilTime.civil(fromDays: days)
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
        return days(fromCivil: year, month + 1, day) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }

    /// Days since 1970-01-01 → (year, month, day); Howard Hinnant's algorithm.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// (year, month, day) → days since 1970-01-01.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

import WebText

/// The dates the simulated portals print, at Hanoi's offset unless told otherwise.
extension CivilTime {
    /// Hanoi's offset: UTC+7, no daylight saving time.
    static let hanoiOffset = 7

    /// The moment `epoch` seconds after 1970 at a whole-hour offset.
    init(epoch: Int, offsetHours: Int = CivilTime.hanoiOffset) {
        self.init(secondsSince1970: epoch, offset: offsetHours * 3_600)
    }

    /// Liferay's asset publisher: `01/09/2025 | 8:00 AM`.
    var liferay: String {
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        return "\(dayMonthYear) | \(hour12):\(Self.pad(minute)) \(hour < 12 ? "AM" : "PM")"
    }

    /// Parses an IMF-fixdate (`Mon, 01 Sep 2025 01:00:00 GMT`) into epoch seconds.
    static func parseHTTPDate(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT",
              let day = Int(parts[1]), let month = monthNames.firstIndex(of: String(parts[2])), let year = Int(parts[3])
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        return CivilCalendar.days(year: year, month: month + 1, day: day) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }
}

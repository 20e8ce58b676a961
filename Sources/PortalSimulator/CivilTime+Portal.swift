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

}

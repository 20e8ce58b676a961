import Foundation

/// The source's time zone, for dates written without one: local fields → UTC.
///
/// Asking Foundation for a zone's offset costs far more than parsing a date, so the
/// offset of the period around `now` in which it does not change (all of it since 1980
/// for Asia/Ho_Chi_Minh; the current DST period for zones with daylight saving) is
/// computed once, and Foundation is asked only for dates outside that period.
struct SourceZone: Sendable {
    let timeZone: TimeZone
    /// Seconds east of UTC between `stableFrom` and `stableUntil` (UTC seconds since 1970).
    let offset: Int
    let stableFrom: Int
    let stableUntil: Int

    init(_ timeZone: TimeZone, now: Date) {
        self.timeZone = timeZone
        offset = timeZone.secondsFromGMT(for: now)
        let next = timeZone.nextDaylightSavingTimeTransition(after: now)
        stableUntil = next.map { Int($0.timeIntervalSince1970) } ?? Int.max
        stableFrom = Self.lastChange(of: timeZone, before: now, offset: offset, next: next)
    }

    /// UTC seconds of a local time given in seconds since 1970 as if it were UTC.
    @inline(__always)
    func utc(fromLocal local: Int) -> Int {
        let guess = local - offset
        if guess >= stableFrom, guess < stableUntil { return guess }
        let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        return local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - first)))
    }

    /// The start of the period with `offset` that contains `now` (or a later instant that is
    /// still in it): 1980 when nothing changed since, else the last transition before `now`.
    private static func lastChange(of zone: TimeZone, before now: Date, offset: Int, next: Date?) -> Int {
        let since1980 = Date(timeIntervalSince1970: 315_532_800)
        if since1980 < now, zone.secondsFromGMT(for: since1980) == offset,
           zone.nextDaylightSavingTimeTransition(after: since1980) == next {
            return Int(since1980.timeIntervalSince1970)
        }
        var start = now.addingTimeInterval(-400 * 86_400)
        while let change = zone.nextDaylightSavingTimeTransition(after: start), change <= now {
            start = change
        }
        return Int(start.timeIntervalSince1970)
    }
}

import FeedModel
import Foundation
import WebText

/// Parses the dates found in feeds and portal pages into UTC instants.
///
/// It reads RFC 822/1123 and their real-world variants (`Thu, 14 Feb 2019 17:27:00 +0700`,
/// `14 Feb 19 17:27 GMT`), RFC 3339 / ISO 8601 / W3CDTF (`2019-02-14T10:27:00Z`,
/// `2019-02-14 17:27:00`, `2019-02`, `2019`) and the forms of Vietnamese portals
/// (`14/02/2019 | 5:27 PM`, `Thứ năm, 14/02/2019 - 17:27`, `ngày 14 tháng 2 năm 2019`,
/// `Ngày 21/7`), ignoring the words around the date. Days come before months
/// (`03/04/2019` is 3 April) unless the year comes first (`2019/04/03`).
///
/// A date written without a zone is in the source's zone; one without a year (`21/7`) is
/// the most recent such day, in this year or the last, that is not after `now`.
/// Impossible dates (`30/02/2019`, `25:00`) and texts that are no date (a bare number,
/// a time alone) give nil: the parser never invents a date.
///
/// ```swift
/// let parser = DateParser(timeZone: ParseOptions.defaultTimeZone)
/// parser.parse("14/02/2019 17:27")?.rfc3339                  // "2019-02-14T10:27:00Z"
/// parser.parse("Ngày đăng 23/03/2016 | 03:48 PM", format: "dd/MM/yyyy | hh:mm a")
/// ```
///
/// A date is looked for among the first 48 words, numbers and signs of the text, and its
/// time of day within 8 of them. Parsing works on UTF-8 bytes with no allocation (about
/// 100–200 ns a date); make one parser per source and reuse it for all its items.
public struct DateParser: Sendable {
    private let zone: SourceZone
    private let now: Date

    /// - Parameters:
    ///   - timeZone: zone of dates written without one (a source's zone; default
    ///     Asia/Ho_Chi_Minh, UTC+7, no DST).
    ///   - now: the reference instant, used to infer a missing year (`Ngày 21/7`) and to
    ///     refuse such inferred dates in the future.
    ///
    /// Creating a parser asks Foundation about the zone's offsets once (a few microseconds).
    public init(timeZone: TimeZone = ParseOptions.defaultTimeZone, now: Date = Date()) {
        zone = SourceZone(timeZone, now: now)
        self.now = now
    }

    /// Any supported format; nil when the text is not a date it understands (never invent a date).
    @inlinable
    public func parse(_ text: some StringProtocol) -> Date? {
        if let date = text.utf8.withContiguousStorageIfAvailable({ parse(utf8: $0) }) { return date }
        var copy = String(text)
        return copy.withUTF8 { parse(utf8: $0) }
    }

    /// Any supported format, from UTF-8 bytes (as a feed parser holds them).
    public func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        withUnsafeTemporaryAllocation(of: DateToken.self, capacity: DateToken.capacity) { tokens in
            let count = DateToken.tokenize(bytes, into: tokens)
            return DateGrammar(tokens: tokens, count: count).fields().flatMap(resolve)
        }
    }

    /// An explicit pattern from feeds.yaml (`date_format`), with tokens yyyy yy MM M dd d HH H
    /// hh h mm ss a (AM/PM, also SA/CH Vietnamese) and literal text; the first place in the text
    /// where the pattern matches is read, so text around the date (`Ngày đăng `,
    /// ` | View count: 459`) is ignored. See `DatePattern` for the details.
    /// - Returns: nil when the pattern is found nowhere, gives an impossible date, or has no month.
    @inlinable
    public func parse(_ text: some StringProtocol, format: String) -> Date? {
        DatePattern(format).flatMap { parse(text, pattern: $0) }
    }

    /// Like `parse(_:format:)` with a pattern compiled once, for the many dates of one source.
    @inlinable
    public func parse(_ text: some StringProtocol, pattern: DatePattern) -> Date? {
        if let date = text.utf8.withContiguousStorageIfAvailable({ parse(utf8: $0, pattern: pattern) }) { return date }
        var copy = String(text)
        return copy.withUTF8 { parse(utf8: $0, pattern: pattern) }
    }

    /// Like `parse(_:pattern:)`, from UTF-8 bytes.
    public func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, pattern: DatePattern) -> Date? {
        pattern.fields(in: bytes).flatMap(resolve)
    }

    /// Checks the fields, infers a missing year and places the date on the time line.
    private func resolve(_ fields: DateFields) -> Date? {
        guard fields.hasValidTime else { return nil }
        if let year = fields.year {
            guard (1000...9999).contains(year), fields.hasValidDay(in: year) else { return nil }
            return instant(fields, year: year)
        }
        let localNow = Int(now.timeIntervalSince1970.rounded(.down)) + (fields.offset ?? zone.offset)
        let thisYear = CivilCalendar.date(fromDays: localNow.floorDivided(by: 86_400)).year
        for year in (thisYear - 1...thisYear).reversed() where fields.hasValidDay(in: year) {
            let date = instant(fields, year: year)
            if date <= now { return date }
        }
        return nil
    }

    /// The instant of `fields` in `year`, in their written zone or else the source's.
    private func instant(_ fields: DateFields, year: Int) -> Date {
        let local = fields.localSeconds(in: year)
        let utc = fields.offset.map { local - $0 } ?? zone.utc(fromLocal: local)
        return Date(timeIntervalSince1970: Double(utc) + Double(fields.nanoseconds) / 1e9)
    }
}

extension Int {
    /// Division rounding toward minus infinity (days before 1970 are negative).
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}

import Foundation

/// Reads the date texts of a page's rules: Vietnamese month words prepared for the date
/// parser, the rules' `date_format` when given, and dates too far in the future refused.
struct DateReading {
    /// What a date text gave.
    enum Outcome: Equatable {
        case date(Date)
        /// No date could be read from the text.
        case unreadable
        /// A date more than a day after now, dropped as wrong.
        case future(Date)
    }

    private let pattern: DatePattern?
    private let locale: DateLocale
    private let parser: DateParser
    private let now: Date
    private let readsMonthNames: Bool

    /// Dates later than this after `now` are dropped as wrong.
    static let futureTolerance: TimeInterval = 86_400

    init(pattern: DatePattern?, locale: DateLocale, timeZone: TimeZone, now: Date) {
        self.pattern = pattern
        self.locale = locale
        self.now = now
        parser = DateParser(timeZone: timeZone, now: now)
        readsMonthNames = pattern?.elements.contains(.monthName) ?? false
    }

    func read(_ written: String) -> Outcome {
        let text = locale.prepared(written, monthNames: readsMonthNames)
        guard let date = pattern.map({ parser.parse(text, pattern: $0) }) ?? parser.parse(text) else { return .unreadable }
        return date.timeIntervalSince(now) <= Self.futureTolerance ? .date(date) : .future(date)
    }
}

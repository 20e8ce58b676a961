extension DateGrammar {
    /// The calendar date that starts at token `index`, in any of the written forms:
    /// numeric (`2019-02-14`, `14/02/2019`, `21/7`), with a month name (`14 Feb 2019`,
    /// `February 14, 2019`) or Vietnamese (`14 tháng 2 năm 2019`).
    func calendarDate(at index: Int) -> CalendarDate? {
        switch tokens[index].kind {
        case .number:
            return numericDate(at: index) ?? dayFirstDate(at: index)
        case .word:
            guard case .month(let month) = tokens[index].word else { return nil }
            return monthFirstDate(at: index, month: Int(month))
        case .punct:
            return nil
        }
    }

    /// `2019-02-14`, `2019/02/14`, `2019.02.14`, `2019-02` (W3CDTF); day first:
    /// `14/02/2019`, `24-08-2022`, `24.08.2022`, `14/02/19`; without a year: `21/7`.
    private func numericDate(at index: Int) -> CalendarDate? {
        guard let separator = joiner(index + 1), separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-")
                || separator == UInt8(ascii: "."),
              let middle = number(index + 2, 1...2), !joinsNumbers(at: index - 1) else { return nil }
        let first = tokens[index]
        let hasThird = joiner(index + 3) == separator && tokens[index + 4].kind == .number
        if first.digits == 4 {
            if hasThird {
                guard let day = number(index + 4, 1...2) else { return nil }
                return CalendarDate(year: first.value, month: middle, day: day, end: index + 5)
            }
            guard separator == UInt8(ascii: "-"), !joinsNumbers(at: index + 3) else { return nil }
            return CalendarDate(year: first.value, month: middle, day: 1, end: index + 3)
        }
        guard first.digits <= 2 else { return nil }
        if hasThird {
            guard let year = yearNumber(at: index + 4) else { return nil }
            return CalendarDate(year: year, month: middle, day: first.value, end: index + 5)
        }
        guard separator == UInt8(ascii: "/"), !joinsNumbers(at: index + 3) else { return nil }
        return CalendarDate(year: nil, month: middle, day: first.value, end: index + 3)
    }

    /// `14 Feb 2019`, `14-Feb-19`, `14 February, 2019`, `14 tháng 2 năm 2019`, `14 tháng 02, 2019`.
    private func dayFirstDate(at index: Int) -> CalendarDate? {
        guard let day = number(index, 1...2) else { return nil }
        let next = skipping(punctuation: "-./,", at: index + 1)
        switch word(next) {
        case .month(let month)?:
            let yearIndex = skipping(punctuation: "-./,", at: next + 1)
            if let year = yearNumber(at: yearIndex) {
                return CalendarDate(year: year, month: Int(month), day: day, end: yearIndex + 1)
            }
            guard let year = laterYear(from: next + 1) else { return nil }
            return CalendarDate(year: year, month: Int(month), day: day, end: next + 1)
        case .monthMarker?:
            guard let month = number(next + 1, 1...2) else { return nil }
            var yearIndex = next + 2
            if word(yearIndex) == .yearMarker { yearIndex += 1 }
            yearIndex = skipping(punctuation: ",/-", at: yearIndex)
            guard let year = number(yearIndex, 4...4) else { return nil }
            return CalendarDate(year: year, month: month, day: day, end: yearIndex + 1)
        default:
            return nil
        }
    }

    /// `Feb 14 2019`, `February 14, 2019`, `Feb. 14, 2019`; `Thu Feb 14 17:27:00 +0700 2019`.
    private func monthFirstDate(at index: Int, month: Int) -> CalendarDate? {
        let dayIndex = punct(index + 1) == UInt8(ascii: ".") ? index + 2 : index + 1
        guard let day = number(dayIndex, 1...2) else { return nil }
        let yearIndex = skipping(punctuation: ",", at: dayIndex + 1)
        if let year = yearNumber(at: yearIndex) {
            return CalendarDate(year: year, month: month, day: day, end: yearIndex + 1)
        }
        guard let year = laterYear(from: dayIndex + 1) else { return nil }
        return CalendarDate(year: year, month: month, day: day, end: dayIndex + 1)
    }

    /// A year of 4 digits, or of 2 (`19` is 2019) — not the hour of a time (`17` in `17:27`).
    private func yearNumber(at index: Int) -> Int? {
        guard let year = number(index, 2...4), tokens[index].digits != 3,
              !(joiner(index + 1) == UInt8(ascii: ":")) else { return nil }
        return tokens[index].digits == 2 ? DateFields.fullYear(twoDigits: year) : year
    }

    /// The year written after the time, as C's `asctime` and Unix `date` do
    /// (`Thu Feb 14 17:27:00 2019`): a 4-digit number standing alone among the next tokens.
    private func laterYear(from index: Int) -> Int? {
        var candidate = index
        while candidate < min(count, index + 10) {
            if let year = number(candidate, 4...4), tokens[candidate].spaced,
               joiner(candidate + 1) == nil {
                return year
            }
            candidate += 1
        }
        return nil
    }

    /// Whether punctuation at `index` joins two numbers (`1/2/3/4`): a date continued,
    /// or preceded, by one more number is no date.
    private func joinsNumbers(at index: Int) -> Bool {
        index >= 1 && joiner(index) != nil && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
    }

    /// `index`, or the index after it when the token there is one of `punctuation`.
    private func skipping(punctuation: StaticString, at index: Int) -> Int {
        guard let byte = punct(index) else { return index }
        let allowed = UnsafeBufferPointer(start: punctuation.utf8Start, count: punctuation.utf8CodeUnitCount)
        return allowed.contains(byte) ? index + 1 : index
    }
}

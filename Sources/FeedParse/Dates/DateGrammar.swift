/// Finds a date in a text's tokens: a calendar date anywhere, then a time of day anywhere
/// else, then the zone written after that time.
///
/// Leading and trailing words (`Cập nhật:`, `Ngày đăng`, `| View count: 459`) are skipped
/// because the rules only look for the shapes of dates; a text with no calendar date
/// (a bare number, a time alone, garbage) gives nil rather than a guess.
struct DateGrammar {
    let tokens: UnsafeMutableBufferPointer<DateToken>
    let count: Int

    /// A calendar date found at some token: its fields and the index just after it.
    struct CalendarDate {
        /// Nil when the date was written without one (`21/7`).
        var year: Int?
        var month: Int
        var day: Int
        var end: Int
    }

    /// What looking for a part of a date found.
    enum Match {
        /// Nothing of that shape here.
        case absent
        /// Found, and written into the fields.
        case found
        /// Found but unusable (`17:27 AM`, `+2500`): the whole text is refused.
        case invalid
    }

    /// How many tokens may stand between a date and its time (`14/02/2019 | 03:48 PM`,
    /// `17:27 (GMT+7), 14/02/2019`); a time further away belongs to something else.
    static let timeReach = 8

    /// The fields of the first date in the tokens, unchecked; nil when there is none.
    func fields() -> DateFields? {
        if count == 1, let year = number(0, 4...4) { // W3CDTF `2019`
            return DateFields(year: year)
        }
        for start in 0..<count {
            guard let date = calendarDate(at: start) else { continue }
            var fields = DateFields(year: date.year, month: date.month, day: date.day)
            let after = date.end..<min(count, date.end + Self.timeReach)
            let before = max(0, start - Self.timeReach)..<start
            var match = firstTime(in: after, into: &fields)
            if match == .absent { match = firstTime(in: before, into: &fields) }
            return match == .invalid ? nil : fields
        }
        return nil
    }

    private func firstTime(in range: Range<Int>, into fields: inout DateFields) -> Match {
        for index in range {
            let match = time(at: index, into: &fields)
            if match != .absent { return match }
        }
        return .absent
    }

    // MARK: Token access, all bounds-checked: past the end there is nothing.

    /// The value of the number at `index` if it was written with that many digits.
    @inline(__always)
    func number(_ index: Int, _ digits: ClosedRange<Int>) -> Int? {
        guard index < count, tokens[index].kind == .number, digits.contains(Int(tokens[index].digits)) else { return nil }
        return tokens[index].value
    }

    /// The punctuation byte at `index`, if that token is punctuation.
    @inline(__always)
    func punct(_ index: Int) -> UInt8? {
        guard index < count, tokens[index].kind == .punct else { return nil }
        return UInt8(truncatingIfNeeded: tokens[index].value)
    }

    /// The word at `index`, if that token is a word.
    @inline(__always)
    func word(_ index: Int) -> DateWord? {
        guard index < count, tokens[index].kind == .word else { return nil }
        return tokens[index].word
    }

    /// Whether a token exists at `index` and touches the one before it.
    @inline(__always)
    func adjacent(_ index: Int) -> Bool {
        index < count && !tokens[index].spaced
    }

    /// The punctuation byte at `index` if it touches the tokens on both of its sides.
    @inline(__always)
    func joiner(_ index: Int) -> UInt8? {
        guard adjacent(index), adjacent(index + 1) else { return nil }
        return punct(index)
    }
}

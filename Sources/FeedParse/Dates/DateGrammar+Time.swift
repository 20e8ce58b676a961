extension DateGrammar {
    /// The time of day that starts at token `index`, with what follows it: `17:27`,
    /// `17:27:05`, `10:27:00.123`, `17h27`, then a meridiem (`5:27 PM`, `5:27 CH`,
    /// `5:27 p.m.`), then a zone (`Z`, `+0700`, `-05:00`, `GMT`, `(GMT+7)`, `EST`, `A`).
    func time(at index: Int, into fields: inout DateFields) -> Match {
        guard let hour = number(index, 1...2), !isSigned(index), adjacent(index + 1), adjacent(index + 2),
              let minute = number(index + 2, 2...2) else { return .absent }
        let colon = punct(index + 1) == UInt8(ascii: ":")
        guard colon || word(index + 1) == .letter(UInt8(ascii: "h")) else { return .absent }
        fields.hour = hour
        fields.minute = minute
        var next = index + 3
        if colon, joiner(next) == UInt8(ascii: ":"), let second = number(next + 1, 2...2) {
            fields.second = second
            next += 2
            if let mark = joiner(next), mark == UInt8(ascii: ".") || mark == UInt8(ascii: ","),
               let fraction = number(next + 1, 1...Int.max) {
                fields.nanoseconds = DateFields.nanoseconds(fraction: fraction, digits: Int(tokens[next + 1].digits))
                next += 2
            }
        }
        if let (pm, end) = meridiem(at: next) {
            guard fields.applyMeridiem(pm: pm) else { return .invalid }
            next = end
        }
        return zone(at: next, into: &fields)
    }

    /// Whether the number at `index` is the hours of a zone offset (`+07:00`).
    private func isSigned(_ index: Int) -> Bool {
        index > 0 && adjacent(index) && punct(index - 1) == UInt8(ascii: "+")
    }

    /// `AM`, `PM`, `SA`, `CH`, `sáng`, `chiều`, `tối`, `a.m.`, `p.m.` at `index`:
    /// whether it is after noon, and the index after it.
    private func meridiem(at index: Int) -> (pm: Bool, end: Int)? {
        switch word(index) {
        case .am?: return (false, index + 1)
        case .pm?: return (true, index + 1)
        case .letter(let letter)? where letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p"):
            guard joiner(index + 1) == UInt8(ascii: "."), word(index + 2) == .letter(UInt8(ascii: "m")) else { return nil }
            let end = adjacent(index + 3) && punct(index + 3) == UInt8(ascii: ".") ? index + 4 : index + 3
            return (letter == UInt8(ascii: "p"), end)
        default: return nil
        }
    }

    /// The zone written at `index`, if any, into `fields.offset`.
    private func zone(at index: Int, into fields: inout DateFields) -> Match {
        let start = punct(index) == UInt8(ascii: "(") ? index + 1 : index
        switch start < count ? tokens[start].kind : nil {
        case .word?:
            switch tokens[start].word {
            case .zone(let minutes):
                fields.offset = Int(minutes) * 60
                if adjacent(start + 1), let sign = punct(start + 1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                    return offset(at: start + 1, into: &fields) // GMT+7, UTC+07:00
                }
                return .found
            case .letter(let letter):
                guard let minutes = DateWord.militaryOffset(letter) else { return .found }
                fields.offset = minutes * 60
                return .found
            default:
                return .found
            }
        case .punct?:
            let sign = punct(start)
            guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return .found }
            return offset(at: start, into: &fields)
        default:
            return .found
        }
    }

    /// A numeric offset at `index` (its sign): `+0700`, `-05:00`, `+7`, `+07`, `+700`.
    /// A sign not touching a number is no zone; one followed by a date (`-14/02`) neither.
    private func offset(at index: Int, into fields: inout DateFields) -> Match {
        guard adjacent(index + 1), let value = number(index + 1, 1...4) else { return .found }
        var hours = value, minutes = 0, end = index + 2
        if tokens[index + 1].digits >= 3 {
            hours = value / 100
            minutes = value % 100
        } else if joiner(end) == UInt8(ascii: ":"), let written = number(end + 1, 2...2) {
            minutes = written
            end += 2
        }
        if let after = joiner(end), after != UInt8(ascii: ":"), tokens[end + 1].kind == .number { return .found }
        guard hours <= 18, minutes <= 59 else { return .invalid }
        let seconds = hours * 3_600 + minutes * 60
        fields.offset = punct(index) == UInt8(ascii: "-") ? -seconds : seconds
        return .found
    }
}

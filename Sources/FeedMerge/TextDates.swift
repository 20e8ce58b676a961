/// The dates and times a text gives (`ngày 06/12/2026` → `6/12/2026`, `7h30` and `7 giờ
/// 30` → `7h30`, `06h00` → `6h`): two notices on one template that name other days or
/// hours are different news.
///
/// A run of one or two digits (not inside a longer number) starts a date when a `/` and
/// one or two digits follow, with an optional `/` and a year of two to four digits; else
/// a time when `h` or `giờ` (either case, a space allowed on each side) follows, with
/// optional minutes of one or two digits. Values are written without leading zeros;
/// zero minutes are dropped. Read by UTF-8 bytes: it runs on every item's text.
enum TextDates {
    static func dates(in text: String) -> Set<String> {
        var dates: Set<String> = []
        var bytes = text.utf8[...]
        while let start = bytes.firstIndex(where: isDigit) {
            let first = digitRun(bytes[start...])
            var rest = bytes[first.endIndex...]
            defer { bytes = rest }
            guard (1...2).contains(first.count) else { continue }
            if let (date, end) = date(after: first, in: rest) {
                dates.insert(date)
                rest = end
            } else if let (time, end) = time(after: first, in: rest) {
                dates.insert(time)
                rest = end
            }
        }
        return dates
    }

    private typealias Bytes = Substring.UTF8View

    /// `d/m` or `d/m/y` after the day's digits, and what follows it.
    private static func date(after day: Bytes, in rest: Bytes) -> (String, Bytes)? {
        guard rest.first == UInt8(ascii: "/") else { return nil }
        let month = digitRun(rest.dropFirst())
        guard (1...2).contains(month.count) else { return nil }
        let afterMonth = rest[month.endIndex...]
        if afterMonth.first == UInt8(ascii: "/") {
            let year = digitRun(afterMonth.dropFirst())
            if (2...4).contains(year.count) {
                return (value(day) + "/" + value(month) + "/" + value(year), afterMonth[year.endIndex...])
            }
        }
        return (value(day) + "/" + value(month), afterMonth)
    }

    /// `7h30`, `7 giờ`, `06h00` after the hour's digits, and what follows it.
    private static func time(after hour: Bytes, in rest: Bytes) -> (String, Bytes)? {
        var rest = rest
        if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
        if let first = rest.first, first | 0x20 == UInt8(ascii: "h") {
            rest = rest.dropFirst()
        } else if startsWithHourWord(rest) {
            rest = rest.dropFirst(5)
        } else {
            return nil
        }
        let time = value(hour) + "h"
        let spaced = rest.first == UInt8(ascii: " ") ? rest.dropFirst() : rest
        let minutes = digitRun(spaced)
        if (1...2).contains(minutes.count) {
            let written = value(minutes)
            return (written == "0" ? time : time + written, spaced[minutes.endIndex...])
        }
        // Without minutes, no digit may follow: `7h` then ` 300` is a time, `7h300` is not.
        if minutes.isEmpty { return (time, spaced) }
        return spaced.startIndex != rest.startIndex ? (time, rest) : nil
    }

    /// `giờ` in any case: `g`/`G`, `i`/`I`, then `ờ` (U+1EDD) or `Ờ` (U+1EDC), 5 bytes of UTF-8.
    private static func startsWithHourWord(_ bytes: Bytes) -> Bool {
        let word = Array(bytes.prefix(5))
        return word.count == 5 && word[0] | 0x20 == UInt8(ascii: "g") && word[1] | 0x20 == UInt8(ascii: "i")
            && word[2] == 0xE1 && word[3] == 0xBB && (word[4] == 0x9C || word[4] == 0x9D)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The digits at the start of `bytes` (maybe none).
    private static func digitRun(_ bytes: Bytes) -> Bytes {
        bytes.prefix(while: isDigit)
    }

    /// The digits as a number without leading zeros.
    private static func value(_ digits: Bytes) -> String {
        let trimmed = digits.drop { $0 == UInt8(ascii: "0") }
        return trimmed.isEmpty ? "0" : String(Substring(trimmed))
    }
}

import WebText

/// The language of the month words in a source's dates (`date_locale` in feeds.yaml).
///
/// `vi` (the default) reads Vietnamese months written in words or abbreviated —
/// `tháng Hai`, `Tháng Mười Hai`, `tháng Giêng`, `tháng Chạp`, `Th2` — besides numbers and
/// English names; `en` reads English names only (`Feb`, `February`), which the date
/// parser always knows. Weekday words (`Thứ hai`, `Chủ nhật`, `Monday`) are ignored in
/// both, as are all words around a date.
enum DateLocale: String {
    case vi, en

    /// `text` with Vietnamese month words written as `tháng N` — or as English
    /// abbreviations when `monthNames` (the `date_format` reads `MMM`) — for the date parser.
    func prepared(_ text: String, monthNames: Bool) -> String {
        guard self == .vi, Self.hasTh(text) else { return text }
        let words = text.split(whereSeparator: \.isWhitespace)
        var output: [Substring] = []
        output.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            if let (month, used, trailing) = Self.month(words, at: index) {
                output += monthNames ? [Substring(CivilTime.monthNames[month - 1] + trailing)] : ["tháng", Substring("\(month)\(trailing)")]
                index += used
            } else {
                output.append(words[index])
                index += 1
            }
        }
        return output.joined(separator: " ")
    }

    /// Whether `th` (any case) occurs: every Vietnamese month word starts with it.
    private static func hasTh(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "t"), byte | 0x20 == UInt8(ascii: "h") { return true }
            previous = byte | 0x20
        }
        return false
    }

    /// Month words after `tháng`, lowercased NFC.
    private static let monthWords: [String: Int] = [
        "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
        "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12,
    ]

    /// The month written at `index` (`tháng Hai,` → 2), the words it takes and the
    /// punctuation after it; nil when no month word starts there.
    private static func month(_ words: [Substring], at index: Int) -> (month: Int, used: Int, trailing: String)? {
        guard hasTh(String(words[index].prefix(2))) else { return nil }
        let word = words[index].lowercased()
        if word.hasPrefix("th"), word.count > 2, case let digits = word.dropFirst(2), let month = Self.number(digits) {
            return (month.value, 1, month.trailing)  // Th2, Th02
        }
        guard word == "tháng", index + 1 < words.count else { return nil }
        let (next, trailing) = split(words[index + 1].lowercased())
        if let month = Self.number(Substring(next)) { return (month.value, 2, month.trailing + trailing) }
        guard let month = monthWords[next] else { return nil }
        if month == 10, trailing.isEmpty, index + 2 < words.count {
            let (unit, unitTrailing) = split(words[index + 2].lowercased())
            if unit == "một" { return (11, 3, unitTrailing) }
            if unit == "hai" { return (12, 3, unitTrailing) }
        }
        return (month, 2, trailing)
    }

    /// A month number (1–12) at the start of `text` and what follows it (`02,` → 2, ",").
    private static func number(_ text: Substring) -> (value: Int, trailing: String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...12).contains(value) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.allSatisfy({ $0.isPunctuation }) else { return nil }
        return (value, String(rest))
    }

    /// A word and the punctuation at its end.
    private static func split(_ word: String) -> (word: String, trailing: String) {
        let trailing = word.reversed().prefix { $0.isPunctuation }
        return (String(word.dropLast(trailing.count)), String(trailing.reversed()))
    }
}

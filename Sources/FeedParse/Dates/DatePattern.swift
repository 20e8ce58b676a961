/// A `date_format` pattern of feeds.yaml, compiled once and matched inside texts.
///
/// Tokens: `yyyy` (4-digit year), `yy` (2-digit year, 00–49 → 20xx, 50–99 → 19xx),
/// `MM`/`M` (month, 1–2 digits), `MMM`/`MMMM` (English month name, `Feb`/`February`),
/// `dd`/`d` (day), `HH`/`H` (hour, 0–23), `hh`/`h` (hour on a 12-hour clock),
/// `mm` (minute), `ss` (second), `a` (`AM`/`PM`, `SA`/`CH`, `sáng`/`chiều`/`tối`, `a.m.`).
/// Numbers take 1 or 2 digits (years exactly their width), or exactly their width when
/// the next token is a number too (`yyyyMMdd`). A space matches any run of white space,
/// even none; any other character, or text in single quotes (`'lúc'`, `''` for a quote),
/// must appear as written, ASCII letters in either case.
///
/// A pattern without a year reads dates like `21/7` (the year is inferred); one without
/// a time reads midnight; the date is in the source's zone.
public struct DatePattern: Sendable, Equatable {
    enum Element: Sendable, Equatable {
        case year4, year2, month, monthName, day, hour, minute, second, meridiem
        /// Zero or more white-space characters.
        case space
        /// One byte, ASCII lowercased.
        case literal(UInt8)

        var isNumber: Bool {
            switch self {
            case .year4, .year2, .month, .day, .hour, .minute, .second: true
            case .monthName, .meridiem, .space, .literal: false
            }
        }
    }

    /// The pattern as written in feeds.yaml.
    public let format: String
    let elements: [Element]

    /// Compiles a `date_format`.
    /// - Returns: nil when the pattern has no month (`MM`, `M` or `MMM`), as it could read no date.
    public init?(_ format: String) {
        var elements: [Element] = []
        var bytes = Array(format.utf8)[...]
        while let byte = bytes.first {
            let run = bytes.prefix { $0 == byte }.count
            switch byte {
            case UInt8(ascii: "y"): elements.append(run == 2 ? .year2 : .year4)
            case UInt8(ascii: "M"): elements.append(run >= 3 ? .monthName : .month)
            case UInt8(ascii: "d"): elements.append(.day)
            case UInt8(ascii: "H"), UInt8(ascii: "h"): elements.append(.hour)
            case UInt8(ascii: "m"): elements.append(.minute)
            case UInt8(ascii: "s"): elements.append(.second)
            case UInt8(ascii: "a"): elements.append(.meridiem)
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if elements.last != .space { elements.append(.space) }
            case UInt8(ascii: "'"):
                bytes.removeFirst()
                let quoted = bytes.prefix { $0 != UInt8(ascii: "'") }
                elements += (quoted.isEmpty ? [UInt8(ascii: "'")] : Array(quoted)).map { .literal(Self.lowercased($0)) }
                bytes.removeFirst(min(quoted.count + 1, bytes.count))
                continue
            default:
                elements += repeatElement(.literal(Self.lowercased(byte)), count: run)
            }
            bytes.removeFirst(run)
        }
        while elements.first == .space { elements.removeFirst() }
        while elements.last == .space { elements.removeLast() }
        guard elements.contains(where: { $0 == .month || $0 == .monthName }) else { return nil }
        self.format = format
        self.elements = elements
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}

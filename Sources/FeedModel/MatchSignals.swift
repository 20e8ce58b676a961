/// What the merger compares two items by beyond their keys (computed by `FeedMerge`,
/// kept by the store beside each item): a MinHash signature of the folded title and text,
/// and the features its guards check (unit names and numbers in the title and the text).
///
/// An empty value (``init()``) means "nothing known": no text to compare, no guard to check.
public struct MatchSignals: Sendable, Equatable, Hashable {
    /// The MinHash signature over the syllable shingles of the folded title + text
    /// (``MatchSignals/signatureLength`` values), or empty without words.
    public var minHash: [UInt32]
    /// How many distinct shingles the signature was built from.
    public var shingles: Int
    /// How many words the item's own text (content, else summary) has.
    public var textWords: Int
    /// Title words that name its subject (not a number, a calendar word or a unit's
    /// name); nil when unknown.
    public var subjectWords: Int?
    /// The units the title names (`phường yên hoà` → `yên hoà`), folded.
    public var titleUnits: Set<String>
    /// The numbers in the title (`tháng 11/2026` → `11`, `2026`).
    public var titleNumbers: Set<String>
    /// The units the text names.
    public var textUnits: Set<String>
    /// The numbers in the text (every run of digits).
    public var textNumbers: Set<String>
    /// The dates and times in the text (`6/12/2026`, `7h30`): what tells one week's
    /// notice from the next, or two outages apart.
    public var textDates: Set<String>
    /// The people the text names (`đồng chí Lê Xuân Khoa` → `lê xuân khoa`): who chaired
    /// or attended tells two meetings on one template apart.
    public var textPeople: Set<String>
    /// The title key without its numbers and unit names: what a recurring or a
    /// template notice keeps from one month or ward to the next.
    public var shapeKey: String?

    /// The number of MinHash values of a signature.
    public static let signatureLength = 48

    public init(
        minHash: [UInt32] = [], shingles: Int = 0, textWords: Int = 0, subjectWords: Int? = nil,
        titleUnits: Set<String> = [], titleNumbers: Set<String> = [], textUnits: Set<String> = [],
        textNumbers: Set<String> = [], textDates: Set<String> = [], textPeople: Set<String> = [], shapeKey: String? = nil
    ) {
        self.minHash = minHash
        self.shingles = shingles
        self.textWords = textWords
        self.subjectWords = subjectWords
        self.titleUnits = titleUnits
        self.titleNumbers = titleNumbers
        self.textUnits = textUnits
        self.textNumbers = textNumbers
        self.textDates = textDates
        self.textPeople = textPeople
        self.shapeKey = shapeKey
    }
}

extension MatchSignals {
    /// One line of text for storage: fields separated by `|`, list values by `,`
    /// (folded words hold neither), the signature in hex.
    public var encoded: String {
        let hash = minHash.map { String($0, radix: 16) }.joined(separator: ",")
        let fields: [String] = [
            "2", hash, String(shingles), String(textWords), subjectWords.map(String.init) ?? "",
            Self.list(titleUnits), Self.list(titleNumbers), Self.list(textUnits), Self.list(textNumbers),
            Self.list(textDates), Self.list(textPeople), shapeKey ?? "",
        ]
        return fields.joined(separator: "|")
    }

    /// The signals of an ``encoded`` line; empty signals for a line of another version.
    public init(encoded: String) {
        let fields = encoded.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 12, fields[0] == "2" else {
            self.init()
            return
        }
        self.init(
            minHash: fields[1].split(separator: ",").compactMap { UInt32($0, radix: 16) },
            shingles: Int(fields[2]) ?? 0, textWords: Int(fields[3]) ?? 0, subjectWords: Int(fields[4]),
            titleUnits: Self.set(fields[5]), titleNumbers: Self.set(fields[6]),
            textUnits: Self.set(fields[7]), textNumbers: Self.set(fields[8]), textDates: Self.set(fields[9]),
            textPeople: Self.set(fields[10]), shapeKey: fields[11].isEmpty ? nil : String(fields[11])
        )
    }

    private static func list(_ values: Set<String>) -> String { values.sorted().joined(separator: ",") }
    private static func set(_ field: Substring) -> Set<String> { Set(field.split(separator: ",").map(String.init)) }
}

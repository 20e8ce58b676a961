import FeedModel
import WebText

extension MatchSignals {
    /// The most words of an item's text read for its signature and guards: the lead,
    /// which every copy of a story carries.
    static let textWordLimit = 160
    /// Words that say when, not what: a title of these, numbers and unit names names no subject.
    static let calendarWords: Set<Substring> = [
        "tháng", "năm", "ngày", "quý", "tuần", "kỳ", "đợt", "lần", "thứ", "số", "từ", "đến", "của", "tại",
        "trên", "địa", "bàn", "và", "các", "về",
    ]

    /// The signals of an item: its title (decorations removed, see ``TitleDecorations``)
    /// and its text (content, else summary, as plain text, its first ``textWordLimit`` words).
    public init(item: Item) {
        let stripped = item.title.map(TitleDecorations.stripped)
        self.init(item: item, strippedTitle: stripped, titleWords: stripped.map(TitleKey.words(of:)) ?? [])
    }

    /// The same, with the title without decorations and its words read already (by ``ItemKeyer``).
    init(item: Item, strippedTitle: String?, titleWords title: [Substring]) {
        let html = item.content ?? item.summary ?? ""
        let plain = html.isEmpty ? "" : PlainText.from(html: html, maxWords: Self.textWordLimit)
        let text = Array(VietnameseFolding.words(of: VietnameseFolding.fold(plain)).prefix(Self.textWordLimit))
        let signature = MinHash.signature(of: title + text)
        let titleUnits = UnitNames.mentioned(in: title)
            .union(strippedTitle.map { NamedMentions.mentions(in: $0).places } ?? [])
        let named = NamedMentions.mentions(in: plain)
        self.init(
            minHash: signature.values, shingles: signature.shingles, textWords: text.count,
            subjectWords: title.isEmpty ? nil : Self.subjectWords(title, units: titleUnits),
            titleUnits: titleUnits, titleNumbers: Self.numbers(in: title),
            textUnits: UnitNames.mentioned(in: text).union(named.places), textNumbers: Self.numbers(in: text),
            textDates: TextDates.dates(in: plain), textPeople: named.people,
            shapeKey: Self.shape(title)
        )
    }

    /// Every run of digits in the words (a date `5/11/2026` folds to `5 11 2026`, a time
    /// `06h00` gives 6 and 0), without leading zeros.
    static func numbers(in words: [Substring]) -> Set<String> {
        var numbers: Set<String> = []
        var digits: [UInt8] = []
        var inRun = false
        func endRun() {
            if inRun { numbers.insert(digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self)) }
            digits.removeAll(keepingCapacity: true)
            inRun = false
        }
        for word in words {
            for byte in word.utf8 {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                    endRun()
                    continue
                }
                if inRun || byte != UInt8(ascii: "0") { digits.append(byte) }  // without leading zeros
                inRun = true
            }
            endRun()
        }
        return numbers
    }

    private static func subjectWords(_ title: [Substring], units: Set<String>) -> Int {
        let unitWords = Set(units.flatMap { $0.split(separator: " ") })
        return title.filter { word in
            !word.allSatisfy(\.isNumber) && !calendarWords.contains(word) && !unitWords.contains(word)
                && !UnitNames.typeWords.contains([word])
        }.count
    }

    /// The title's words without numbers and named units.
    private static func shape(_ title: [Substring]) -> String? {
        let unitWords = Set(UnitNames.mentioned(in: title).flatMap { $0.split(separator: " ") })
        let kept = title.filter { !$0.allSatisfy(\.isNumber) && !unitWords.contains($0) }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }
}

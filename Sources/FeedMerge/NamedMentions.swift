/// The people and the local places a text names after a marker word, read with their
/// capitals: `đồng chí Lê Xuân Khoa`, `ông Nguyễn Văn Hùng` → people `lê xuân khoa`,
/// `nguyễn văn hùng`; `thôn Đoài`, `tổ dân phố Số 5` → places `thôn đoài`, `tổ dân phố số 5`
/// (folded). Two reports of one template that name other people or villages are
/// different news: `… tại thôn Trung` / `… tại thôn Đoài`, a meeting chaired by another
/// official.
enum NamedMentions {
    /// Words a person's name follows. A name has at least two capitalised syllables, so
    /// `phố Bà Triệu` or `đồng chí Chủ tịch` names no one.
    private static let personMarkers: [[String]] = [["đồng", "chí"], ["ông"], ["bà"]]
    /// Words a village's or residential group's name follows; one syllable is a name
    /// (`thôn Đoài`).
    private static let placeMarkers: [[String]] = [
        ["tổ", "dân", "phố"], ["khu", "dân", "cư"], ["cụm", "dân", "cư"], ["khu", "phố"], ["thôn"], ["xóm"], ["làng"],
    ]
    /// The most syllables a name has.
    private static let longestName = 4

    /// A word of the text (its scalars, punctuation around it cut off), which marker word
    /// it is (an index in ``markerWords``, lowered), whether it is capitalised, and
    /// whether it touches punctuation that ends a name (`Khoa,`).
    private struct Token {
        let word: Substring.UnicodeScalarView
        let markerWord: Int?
        let capitalised: Bool
        let endsName: Bool
        let startsAfterBreak: Bool
    }

    /// Every word of a marker, once.
    private static let markerWords: [String] = Array(Set((personMarkers + placeMarkers).joined())).sorted()
    /// The markers as indexes in ``markerWords``.
    private static func numbered(_ markers: [[String]]) -> [[Int]] {
        markers.map { $0.map { markerWords.firstIndex(of: $0)! } }
    }
    private static let personMarkerWords = numbered(personMarkers)
    private static let placeMarkerWords = numbered(placeMarkers)
    /// The marker words by their first scalar, in either case (`đ`/`Đ`, `ô`/`Ô`, `b`/`B`, …).
    private static let markerWordsByInitial: [Unicode.Scalar: [Int]] = {
        var table: [Unicode.Scalar: [Int]] = [:]
        for (number, word) in markerWords.enumerated() {
            guard let initial = word.unicodeScalars.first else { continue }
            for form in [initial] + initial.properties.uppercaseMapping.unicodeScalars {
                table[form, default: []].append(number)
            }
        }
        return table
    }()

    /// The marker word `word` is when lowered (scalars of NFC text, as items are).
    private static func markerWord(_ word: Substring.UnicodeScalarView) -> Int? {
        guard let initial = word.first, let candidates = markerWordsByInitial[initial] else { return nil }
        return candidates.first { isLowered(word, markerWords[$0]) }
    }

    private static func isLowered(_ word: Substring.UnicodeScalarView, _ marker: String) -> Bool {
        var expected = marker.unicodeScalars.makeIterator()
        for scalar in word {
            guard let wanted = expected.next() else { return false }
            if scalar == wanted { continue }
            if scalar.isASCII {
                guard ("A"..."Z").contains(scalar), scalar.value | 0x20 == wanted.value else { return false }
            } else if !scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(wanted)) {
                return false
            }
        }
        return expected.next() == nil
    }

    /// The people and places `text` (plain text, as written) names.
    static func mentions(in text: String) -> (people: Set<String>, places: Set<String>) {
        let tokens = tokenize(text)
        var people: Set<String> = []
        var places: Set<String> = []
        var index = 0
        while index < tokens.count {
            if let marker = marker(at: index, in: tokens, among: placeMarkerWords),
               let name = name(after: index + marker.count, in: tokens, least: 1) {
                places.insert(marker.map { markerWords[$0] }.joined(separator: " ") + " " + name)
                index += marker.count
            } else if let marker = marker(at: index, in: tokens, among: personMarkerWords),
                      let name = name(after: index + marker.count, in: tokens, least: 2) {
                people.insert(name)
                index += marker.count
            } else {
                index += 1
            }
        }
        return (people, places)
    }

    /// The marker whose words start at `index`, with no punctuation inside it.
    private static func marker(at index: Int, in tokens: [Token], among markers: [[Int]]) -> [Int]? {
        guard tokens[index].markerWord != nil else { return nil }
        return markers.first { marker in
            guard index + marker.count <= tokens.count else { return false }
            for (offset, word) in marker.enumerated() {
                let token = tokens[index + offset]
                guard token.markerWord == word, offset == marker.count - 1 || !token.endsName else { return false }
            }
            return true
        }
    }

    /// The capitalised syllables from `start` (at least `least`, at most ``longestName``),
    /// folded and joined, or nil.
    private static func name(after start: Int, in tokens: [Token], least: Int) -> String? {
        guard start < tokens.count, !tokens[start - 1].endsName, !tokens[start].startsAfterBreak else { return nil }
        var syllables: [String] = []
        var index = start
        while index < tokens.count, syllables.count < longestName, tokens[index].capitalised {
            if index > start && tokens[index].startsAfterBreak { break }
            syllables.append(VietnameseFolding.fold(String(tokens[index].word)))
            if tokens[index].endsName { break }
            index += 1
        }
        return syllables.count >= least ? syllables.joined(separator: " ") : nil
    }

    /// The words of `text`, as slices of its scalars: folding or copying every word of
    /// every text would cost more than the rest of the signals. Read by Unicode scalars,
    /// ASCII without a property lookup.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars[...]
        var position = scalars.startIndex
        while position < scalars.endIndex {
            guard let wordStart = scalars[position...].firstIndex(where: { !isSpace($0) }) else { break }
            let wordEnd = scalars[wordStart...].firstIndex(where: isSpace) ?? scalars.endIndex
            position = wordEnd
            let piece = scalars[wordStart..<wordEnd]
            guard let start = piece.firstIndex(where: isWordScalar), let last = piece.lastIndex(where: isWordScalar) else { continue }
            let first = piece[start]
            let capitalised = first.isASCII ? (("A"..."Z").contains(first) || ("0"..."9").contains(first))
                : (first.properties.isUppercase || first.properties.numericType != nil)
            let after = piece.index(after: last)
            let word = piece[start..<after]
            tokens.append(Token(
                word: word, markerWord: markerWord(word), capitalised: capitalised, endsName: after < piece.endIndex,
                startsAfterBreak: start > piece.startIndex))
        }
        return tokens
    }

    /// Whitespace, told without a property lookup below U+1680 (only U+0085 and U+00A0 there).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: scalar == " " || ("\t"..."\r").contains(scalar)
        case 0x85, 0xA0: true
        case 0x80..<0x1680: false
        default: scalar.properties.isWhitespace
        }
    }

    /// A letter, a digit, or a combining tone mark of a decomposed letter; Vietnamese
    /// letters (Latin-1, Latin Extended-A/B, Latin Extended Additional) without a property lookup.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80:
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        case 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x1EA0...0x1EFF: return true
        default:
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
        }
    }
}

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

    /// A word of the text, and whether it is capitalised and touches punctuation
    /// that ends a name (`Khoa,`).
    private struct Token {
        /// The word as written.
        let word: String
        /// The word in lower case when it could start or continue a marker, else empty.
        let lower: String
        let capitalised: Bool
        let endsName: Bool
        let startsAfterBreak: Bool
    }

    /// The people and places `text` (plain text, as written) names.
    static func mentions(in text: String) -> (people: Set<String>, places: Set<String>) {
        let tokens = tokenize(text)
        var people: Set<String> = []
        var places: Set<String> = []
        var index = 0
        while index < tokens.count {
            if let marker = marker(at: index, in: tokens, among: placeMarkers),
               let name = name(after: index + marker.count, in: tokens, least: 1) {
                places.insert(VietnameseFolding.fold(marker.joined(separator: " ")) + " " + name)
                index += marker.count
            } else if let marker = marker(at: index, in: tokens, among: personMarkers),
                      let name = name(after: index + marker.count, in: tokens, least: 2) {
                people.insert(name)
                index += marker.count
            } else {
                index += 1
            }
        }
        return (people, places)
    }

    private static func marker(at index: Int, in tokens: [Token], among markers: [[String]]) -> [String]? {
        guard markerStarts.contains(tokens[index].lower) else { return nil }
        return markers.first { marker in
            index + marker.count <= tokens.count
                && zip(marker, tokens[index...]).allSatisfy { $0 == $1.lower }
                && !tokens[index..<(index + marker.count - 1)].contains(where: \.endsName)
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
            syllables.append(VietnameseFolding.fold(tokens[index].word))
            if tokens[index].endsName { break }
            index += 1
        }
        return syllables.count >= least ? syllables.joined(separator: " ") : nil
    }

    /// The words of `text`, lowered only when they could be a marker and kept as written
    /// only when capitalised (names alone are folded): folding or copying every word of
    /// every text would cost more than the rest of the signals. Read by Unicode scalars,
    /// ASCII without a property lookup.
    private static func tokenize(_ text: String) -> [Token] {
        text.unicodeScalars.split(whereSeparator: isSpace).compactMap { scalars in
            guard let start = scalars.firstIndex(where: isWordScalar),
                  let last = scalars.lastIndex(where: isWordScalar) else { return nil }
            let first = scalars[start]
            let capitalised = first.isASCII ? (("A"..."Z").contains(first) || ("0"..."9").contains(first))
                : (first.properties.isUppercase || first.properties.numericType != nil)
            let word = capitalised ? String(scalars[start...last]) : ""
            let lower = markerInitials.contains(first) ? String(scalars[start...last]).lowercased() : ""
            return Token(
                word: word, lower: lower, capitalised: capitalised,
                endsName: scalars.index(after: last) < scalars.endIndex, startsAfterBreak: start > scalars.startIndex
            )
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }

    /// A letter, a digit, or a combining tone mark of a decomposed letter.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The first letters of the markers' words, in either case (`đ`/`Đ`, `ô`/`Ô`, `b`/`B`, …).
    private static let markerInitials: Set<Unicode.Scalar> = Set(
        (personMarkers + placeMarkers).joined().compactMap(\.unicodeScalars.first).flatMap { initial in
            [initial] + initial.properties.uppercaseMapping.unicodeScalars
        }
    )
    /// The markers' first words: a word that is none of these starts no marker.
    private static let markerStarts: Set<String> = Set((personMarkers + placeMarkers).compactMap(\.first))

}

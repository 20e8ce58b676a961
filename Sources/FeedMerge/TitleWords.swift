/// Folded scalars seen as words: removes the leading section prefixes of a title and
/// writes the words separated by single spaces (see ``VietnameseFolding``).
///
/// A segment before `: ` or ` - ` of two or three words, each capitalized but not all in
/// capitals (`Phường Định Công`, `Hà Nội`), is a proper name and stays; `Tin tức`,
/// `Tin Thành phố`, `TIN TỨC` and one-word labels (`Video`) are section prefixes.
struct TitleWords {
    /// The folded (lowercase) scalars.
    private var scalars: [Unicode.Scalar] = []
    /// For each scalar, whether the original text wrote it in upper case.
    private var uppercase: [Bool] = []

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        uppercase.reserveCapacity(capacity)
    }

    mutating func append(_ letter: VietnameseLetter, uppercase isUppercase: Bool) {
        let count = scalars.count
        letter.append(to: &scalars)
        uppercase.append(contentsOf: repeatElement(isUppercase, count: scalars.count - count))
    }

    mutating func append(_ scalar: Unicode.Scalar, uppercase isUppercase: Bool) {
        scalars.append(scalar)
        uppercase.append(isUppercase)
    }

    /// The words after every leading section prefix, joined by single spaces.
    func withoutSectionPrefixes() -> String {
        var start = 0
        while let next = prefixEnd(from: start) { start = next }
        var view = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars[start...] {
            if Self.isWordScalar(scalar) {
                if pendingSpace && !view.isEmpty { view.append(" ") }
                pendingSpace = false
                view.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(view)
    }

    /// The index after a section prefix starting at `start`, when what follows it is
    /// still a title of at least 4 words; else nil.
    private func prefixEnd(from start: Int) -> Int? {
        guard let first = scalars[start...].firstIndex(where: { !Self.isSpace($0) }) else { return nil }
        let end: Int?
        if let close = Self.brackets[scalars[first]] {
            end = scalars[(first + 1)...].firstIndex(of: close).map { $0 + 1 }
        } else {
            end = separatorEnd(from: first)
        }
        guard let end, wordCount(from: end) >= 4 else { return nil }
        return end
    }

    /// The index after `: ` or ` - ` that ends a segment of 1 to 3 words from `start`
    /// which is not a proper name.
    private func separatorEnd(from start: Int) -> Int? {
        var words = 0
        var capitalizedWords = 0
        var hasLowercaseLetter = false
        var inWord = false
        for index in start..<scalars.count {
            let scalar = scalars[index]
            let followedBySpace = index + 1 == scalars.count || Self.isSpace(scalars[index + 1])
            let isSeparator = (scalar == ":" && followedBySpace)
                || (Self.dashes.contains(scalar) && followedBySpace && index > start && Self.isSpace(scalars[index - 1]))
            if isSeparator, words > 0 {
                let isProperName = words >= 2 && capitalizedWords == words && hasLowercaseLetter
                return isProperName ? nil : index + 1
            }
            if Self.isWordScalar(scalar) {
                if !inWord {
                    words += 1
                    if words > 3 { return nil }
                    if uppercase[index] { capitalizedWords += 1 }
                } else if !uppercase[index] && scalar.properties.isAlphabetic {
                    hasLowercaseLetter = true
                }
                inWord = true
            } else {
                inWord = false
            }
        }
        return nil
    }

    private func wordCount(from start: Int) -> Int {
        var words = 0
        var inWord = false
        for scalar in scalars[start...] {
            let isWord = Self.isWordScalar(scalar)
            if isWord && !inWord { words += 1 }
            inWord = isWord
        }
        return words
    }

    private static let brackets: [Unicode.Scalar: Unicode.Scalar] = [
        "[": "]", "(": ")", "\u{3010}": "\u{3011}", "\u{300C}": "\u{300D}", "\u{3014}": "\u{3015}",
    ]
    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }

    /// Letters, marks and digits; punctuation, symbols, spaces and controls separate words.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

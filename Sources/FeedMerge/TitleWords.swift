/// Folded scalars seen as words: removes the leading section prefixes of a title and
/// writes the words separated by single spaces (see ``VietnameseFolding``).
///
/// A segment before `: ` or ` - ` of two or three words, each capitalized but not all in
/// capitals (`Phường Định Công`, `Hà Nội`), is a proper name and stays; `Tin tức`,
/// `Tin Thành phố`, `TIN TỨC` and one-word labels (`Video`) are section prefixes.
struct TitleWords {
    /// What a scalar is, worked out once when it is appended.
    private struct Kind: OptionSet {
        let rawValue: UInt8
        /// Part of a word: a letter, mark or digit (else a separator).
        static let word = Kind(rawValue: 1)
        /// Whitespace, a control or a format character.
        static let space = Kind(rawValue: 2)
        static let letter = Kind(rawValue: 4)
        /// Written in upper case in the original text.
        static let uppercase = Kind(rawValue: 8)
    }

    /// The folded (lowercase) scalars.
    private var scalars: [Unicode.Scalar] = []
    private var kinds: [Kind] = []

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
    }

    mutating func append(_ letter: VietnameseLetter, uppercase: Bool) {
        let kind: Kind = uppercase ? [.word, .letter, .uppercase] : [.word, .letter]
        if let scalar = letter.composed {
            scalars.append(scalar)
            kinds.append(kind)
        } else {
            for scalar in letter.decomposed {
                scalars.append(scalar)
                kinds.append(kind)
            }
        }
    }

    mutating func append(_ scalar: Unicode.Scalar, uppercase: Bool) {
        var kind = Self.kind(of: scalar)
        if uppercase { kind.insert(.uppercase) }
        scalars.append(scalar)
        kinds.append(kind)
    }

    /// The words after every leading section prefix, joined by single spaces.
    func withoutSectionPrefixes() -> String {
        var start = 0
        while let next = prefixEnd(from: start) { start = next }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        var pendingSpace = false
        for index in start..<scalars.count {
            if kinds[index].contains(.word) {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                UTF8.encode(scalars[index]) { bytes.append($0) }
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index after a section prefix starting at `start`, when what follows it is
    /// still a title of at least 4 words; else nil.
    private func prefixEnd(from start: Int) -> Int? {
        guard let first = kinds[start...].firstIndex(where: { !$0.contains(.space) }) else { return nil }
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
            let followedBySpace = index + 1 == scalars.count || kinds[index + 1].contains(.space)
            let isSeparator = (scalar == ":" && followedBySpace)
                || (Self.dashes.contains(scalar) && followedBySpace && index > start && kinds[index - 1].contains(.space))
            if isSeparator, words > 0 {
                let isProperName = words >= 2 && capitalizedWords == words && hasLowercaseLetter
                return isProperName ? nil : index + 1
            }
            let kind = kinds[index]
            if kind.contains(.word) {
                if !inWord {
                    words += 1
                    if words > 3 { return nil }
                    if kind.contains(.uppercase) { capitalizedWords += 1 }
                } else if kind.contains(.letter) && !kind.contains(.uppercase) {
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
        for kind in kinds[start...] {
            let isWord = kind.contains(.word)
            if isWord && !inWord { words += 1 }
            inWord = isWord
        }
        return words
    }

    private static let brackets: [Unicode.Scalar: Unicode.Scalar] = [
        "[": "]", "(": ")", "\u{3010}": "\u{3011}", "\u{300C}": "\u{300D}", "\u{3014}": "\u{3015}",
    ]
    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// Letters, marks and digits are words; whitespace, controls and format characters
    /// are spaces; punctuation and symbols separate words like spaces.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39: return .word
            case 0x41...0x5A, 0x61...0x7A: return [.word, .letter]
            case 0x00...0x20, 0x7F: return .space
            default: return []
            }
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return [.word, .letter]
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            return .space
        default:
            return []
        }
    }
}

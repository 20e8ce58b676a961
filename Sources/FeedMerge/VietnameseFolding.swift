import Foundation

/// Vietnamese text folding for matching titles across portals (never for display).
///
/// `fold` makes equal what portals write differently for one title:
/// - Unicode forms: precomposed (NFC) and decomposed (NFD) letters are one letter;
/// - case: everything is lowercased;
/// - tone placement: the old and the new style of a word-final `oa`, `oe`, `uy` (not
///   after `q`) are one word; the fold always writes the new style, the tone on the
///   second vowel (`hòa` → `hoà`, `khỏe` → `khoẻ`, `thụy` → `thuỵ`, `Ủy` → `uỷ`);
/// - `Ð` (U+00D0, Icelandic eth, typed for `Đ`) is `đ`;
/// - punctuation and symbols (Unicode categories P and S) separate words like spaces;
///   whitespace is collapsed to single spaces and trimmed;
/// - leading section prefixes are removed while what remains is a title of at least
///   4 words: a bracketed segment (`[Tin tức] `), or a segment of at most 3 words before
///   `: ` or ` - ` (`Tin tức: `, `Tin Thành phố - `) unless that segment is a proper name,
///   two or more words each written with a capital (`Phường Định Công: `, `Hà Nội: `):
///   a name is the story's subject, and dropping it would join the same headline of two
///   wards. A title that is only a prefix-looking phrase (`Tin tức: Thông báo`) keeps it.
///
/// ```swift
/// VietnameseFolding.fold("[Tin tức] Hội nghị tập huấn công tác HÒA GIẢI năm 2025")
/// // "hội nghị tập huấn công tác hoà giải năm 2025"
/// ```
///
/// It runs on every item of every fetch, so it works on Unicode scalars with small
/// tables; text in other scripts than Latin is first normalized to NFC by Foundation.
public enum VietnameseFolding {
    /// The folded form of `text`: equal for two spellings of one title.
    public static func fold(_ text: String) -> String {
        let source = needsNormalization(text) ? text.precomposedStringWithCanonicalMapping : text
        var units = readUnits(source)
        TonePlacement.normalize(&units)
        var words = TitleWords(capacity: units.count)
        for unit in units {
            switch unit {
            case .letter(let letter, let uppercase): words.append(letter, uppercase: uppercase)
            case .other(let scalar, let uppercase): words.append(scalar, uppercase: uppercase)
            }
        }
        return words.withoutSectionPrefixes()
    }

    /// The words of a fold (``fold(_:)`` separates them by single spaces), split by bytes:
    /// splitting by `Character` would run grapheme breaking over every text.
    static func words(of folded: String) -> [Substring] {
        folded.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// One letter, or any other scalar (already lowercased), and whether the text wrote
    /// it in upper case (section prefixes are told from proper names by it).
    enum Unit {
        case letter(VietnameseLetter, uppercase: Bool)
        case other(Unicode.Scalar, uppercase: Bool)
    }

    /// The text as letters (combining marks joined to their letter) and other scalars.
    private static func readUnits(_ text: String) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let (letter, uppercase) = VietnameseLetter.read(scalar) {
                units.append(.letter(letter, uppercase: uppercase))
            } else if VietnameseLetter.isMark(scalar), case .letter(var letter, let uppercase) = units.last, letter.attach(scalar) {
                units[units.count - 1] = .letter(letter, uppercase: uppercase)
            } else if scalar.isASCII {
                units.append(.other(scalar, uppercase: false))
            } else {
                let uppercase = scalar.properties.isUppercase
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { units.append(.other(lower, uppercase: uppercase)) }
            }
        }
        return units
    }

    /// True when the text holds a scalar that the letter tables do not bring to NFC:
    /// a non-Vietnamese combining mark, a letter of another script, a compatibility
    /// character. Vietnamese text, in either form, does not need Foundation.
    private static func needsNormalization(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            let value = scalar.value
            if (0x2000...0x206F).contains(value) || (0x20A0...0x20CF).contains(value) { continue }
            if VietnameseLetter.isMark(scalar) || VietnameseLetter.read(scalar) != nil { continue }
            return true
        }
        return false
    }
}

import Foundation

/// The small differences a republished title picks up on another portal: old or new
/// tone placement (`hòa`/`hoà`, `thụy`/`thuỵ`), a section prefix, decomposed (NFD)
/// text, and U+00D0 `Ð` typed for `Đ`. The merger must still see one story.
struct TitleVariant: Sendable, Hashable {
    var swapsTonePlacement = false
    var prefix: String?
    var decomposed = false
    var icelandicEth = false

    /// A seeded mix of variations; roughly half the copies get at least one.
    static func random(_ random: inout SeededGenerator) -> TitleVariant {
        var variant = TitleVariant()
        variant.swapsTonePlacement = random.chance(0.5)
        variant.prefix = random.chance(0.3) ? random.pick(NewsTemplates.prefixes) : nil
        variant.decomposed = random.chance(0.15)
        variant.icelandicEth = random.chance(0.2)
        return variant
    }

    func apply(_ title: String) -> String {
        var result = swapsTonePlacement ? Self.swapTonePlacement(title) : title
        if icelandicEth { result = result.replacingOccurrences(of: "Đ", with: "\u{00D0}") }
        if let prefix { result = prefix + result }
        if decomposed { result = result.decomposedStringWithCanonicalMapping }
        return result
    }

    private static let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// Moves the tone mark of a word-final `oa`, `oe`, `uy` (not `quy`) to the other vowel:
    /// `hòa` ↔ `hoà`, `khỏe` ↔ `khoẻ`, `thụy` ↔ `thuỵ`. The result is NFC.
    static func swapTonePlacement(_ text: String) -> String {
        var scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let swapped = swapped(scalars, at: index) {
                scalars.replaceSubrange(index..<index + swapped.count, with: swapped)
                index += swapped.count
            } else {
                index += 1
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).precomposedStringWithCanonicalMapping
    }

    /// The pair starting at `index` with its tone moved, or nil when it is not a word-final pair.
    private static func swapped(_ s: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        let first = Character(s[index]).lowercased()
        guard first == "o" || first == "u" else { return nil }
        if first == "u", index > 0, Character(s[index - 1]).lowercased() == "q" { return nil }
        let secondSet: Set<String> = first == "o" ? ["a", "e"] : ["y"]
        var cursor = index + 1
        var tone: Unicode.Scalar?
        if cursor < s.count, toneMarks.contains(s[cursor]) { tone = s[cursor]; cursor += 1 }
        guard cursor < s.count, secondSet.contains(Character(s[cursor]).lowercased()) else { return nil }
        let second = s[cursor]
        cursor += 1
        var trailingTone: Unicode.Scalar?
        if cursor < s.count, toneMarks.contains(s[cursor]) { trailingTone = s[cursor]; cursor += 1 }
        if cursor < s.count, s[cursor].properties.isAlphabetic || s[cursor].properties.generalCategory == .nonspacingMark { return nil }
        if let tone, trailingTone == nil { return [s[index], second, tone] }
        if let trailingTone, tone == nil { return [s[index], trailingTone, second] }
        return nil
    }
}

/// Moves the tone mark of a word-final `oa`, `oe`, `uy` to the second vowel, the new
/// style: `hòa` → `hoà`, `khỏe` → `khoẻ`, `thụy` → `thuỵ`, `ủy` → `uỷ`.
///
/// Only these endings differ between the old and the new placement; `uy` after `q` is
/// not touched (`quý`: `qu` is the consonant), nor are vowels with a shape mark (`ôa`)
/// or pairs followed by more letters (`hoàng`, `thuyền`).
enum TonePlacement {
    static func normalize(_ units: inout [VietnameseFolding.Unit]) {
        var index = 0
        while index + 1 < units.count {
            defer { index += 1 }
            guard case .letter(var first, let firstUppercase) = units[index], case .letter(var second, let secondUppercase) = units[index + 1],
                  first.shape == .none, second.shape == .none,
                  first.tone != .none, second.tone == .none,
                  isPair(first.base, second.base),
                  !continuesWord(units, at: index + 2) else { continue }
            if first.base == UInt8(ascii: "u"), index > 0, case .letter(let before, _) = units[index - 1],
               before.base == UInt8(ascii: "q"), before.shape == .none { continue }
            second.tone = first.tone
            first.tone = .none
            units[index] = .letter(first, uppercase: firstUppercase)
            units[index + 1] = .letter(second, uppercase: secondUppercase)
        }
    }

    private static func isPair(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "o"), UInt8(ascii: "a")), (UInt8(ascii: "o"), UInt8(ascii: "e")), (UInt8(ascii: "u"), UInt8(ascii: "y")): true
        default: false
        }
    }

    /// True when the unit at `index` is a letter (or any alphabetic scalar or mark) that
    /// continues the word.
    private static func continuesWord(_ units: [VietnameseFolding.Unit], at index: Int) -> Bool {
        guard index < units.count else { return false }
        switch units[index] {
        case .letter: return true
        case .other(let scalar, _):
            return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        }
    }
}

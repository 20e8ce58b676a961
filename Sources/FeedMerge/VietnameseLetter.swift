/// A Latin letter as Vietnamese spells it: a lowercase ASCII base, a shape mark
/// (circumflex `â`, breve `ă`, horn `ơ`, or the stroke of `đ`) and a tone mark (grave,
/// acute, tilde, hook above, dot below).
///
/// Precomposed letters (NFC), letters followed by combining marks (NFD) and upper-case
/// letters all read into the same value, which composes back to one lowercase scalar.
/// The tables are flat arrays (no hashing): folding runs on every item of every fetch.
struct VietnameseLetter: Equatable {
    enum Shape: UInt8 { case none, circumflex, breve, horn, stroke }
    enum Tone: UInt8 { case none, grave, acute, tilde, hookAbove, dotBelow }

    /// The lowercase ASCII base letter.
    var base: UInt8
    var shape: Shape
    var tone: Tone

    init(base: UInt8, shape: Shape, tone: Tone) {
        self.base = base
        self.shape = shape
        self.tone = tone
    }

    /// The letter a scalar spells and whether it is upper case: an ASCII letter, or a
    /// precomposed Latin letter whose marks are all Vietnamese (`Đ`, `đ` and the look-alike
    /// `Ð` U+00D0 are `đ`); nil for any other scalar.
    static func read(_ scalar: Unicode.Scalar) -> (letter: VietnameseLetter, uppercase: Bool)? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x61...0x7A: return (VietnameseLetter(base: UInt8(value), shape: .none, tone: .none), false)
            case 0x41...0x5A: return (VietnameseLetter(base: UInt8(value) + 0x20, shape: .none, tone: .none), true)
            default: return nil
            }
        }
        let entry = tables.entry(value)
        guard entry & VietnameseLetterTables.present != 0 else { return nil }
        return (VietnameseLetter(key: entry & VietnameseLetterTables.keyMask), entry & VietnameseLetterTables.uppercase != 0)
    }

    /// Adds a combining mark; false when it is not a Vietnamese mark or its slot is taken.
    mutating func attach(_ mark: Unicode.Scalar) -> Bool {
        if let tone = Self.tone(of: mark) {
            guard self.tone == .none else { return false }
            self.tone = tone
            return true
        }
        if let shape = Self.shape(of: mark) {
            guard self.shape == .none else { return false }
            self.shape = shape
            return true
        }
        return false
    }

    /// True for the combining marks a Vietnamese letter may carry.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        tone(of: scalar) != nil || shape(of: scalar) != nil
    }

    /// The letter as one lowercase precomposed scalar, nil where Unicode has none
    /// (a Vietnamese mark on a letter Vietnamese does not use, like `x́`).
    var composed: Unicode.Scalar? {
        Self.tables.composed(key)
    }

    /// The letter as the base (with its shape where Unicode has that letter) followed
    /// by combining marks: the spelling of letters without a ``composed`` form.
    var decomposed: [Unicode.Scalar] {
        var plain = self
        plain.tone = .none
        var result: [Unicode.Scalar]
        if let scalar = Self.tables.composed(plain.key) {
            result = [scalar]
        } else {
            result = [Unicode.Scalar(base)]
            if let mark = Self.shapeMarks[Int(shape.rawValue)] { result.append(mark) }
        }
        if let mark = Self.toneMarks[Int(tone.rawValue)] { result.append(mark) }
        return result
    }

    /// The packed letter: base, shape and tone in 13 bits (the key of the tables).
    var key: UInt16 {
        UInt16(base) << 6 | UInt16(shape.rawValue) << 3 | UInt16(tone.rawValue)
    }

    init(key: UInt16) {
        base = UInt8(key >> 6)
        shape = Shape(rawValue: UInt8(key >> 3 & 7)) ?? .none
        tone = Tone(rawValue: UInt8(key & 7)) ?? .none
    }

    /// The combining mark of each tone and shape, by raw value.
    private static let toneMarks: [Unicode.Scalar?] = [nil, "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    private static let shapeMarks: [Unicode.Scalar?] = [nil, "\u{0302}", "\u{0306}", "\u{031B}", nil]

    private static func tone(of mark: Unicode.Scalar) -> Tone? {
        switch mark.value {
        case 0x0300: .grave
        case 0x0301: .acute
        case 0x0303: .tilde
        case 0x0309: .hookAbove
        case 0x0323: .dotBelow
        default: nil
        }
    }

    private static func shape(of mark: Unicode.Scalar) -> Shape? {
        switch mark.value {
        case 0x0302: .circumflex
        case 0x0306: .breve
        case 0x031B: .horn
        default: nil
        }
    }

    private static let tables = VietnameseLetterTables()
}

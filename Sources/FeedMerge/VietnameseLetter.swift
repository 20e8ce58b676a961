import Foundation

/// A Latin letter as Vietnamese spells it: a lowercase ASCII base, a shape mark
/// (circumflex `â`, breve `ă`, horn `ơ`, or the stroke of `đ`) and a tone mark (grave,
/// acute, tilde, hook above, dot below).
///
/// Precomposed letters (NFC), letters followed by combining marks (NFD) and upper-case
/// letters all read into the same value, which composes back to one lowercase scalar.
struct VietnameseLetter: Equatable {
    enum Shape: UInt8 { case none, circumflex, breve, horn, stroke }
    enum Tone: UInt8 { case none, grave, acute, tilde, hookAbove, dotBelow }

    /// The lowercase ASCII base letter.
    var base: UInt8
    var shape: Shape
    var tone: Tone

    /// The letter a scalar spells (an ASCII letter, or a precomposed Latin letter whose
    /// marks are all Vietnamese; `Đ`, `đ` and the look-alike `Ð` U+00D0 are `đ`), else nil.
    init?(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case 0x61...0x7A: self.init(base: byte, shape: .none, tone: .none)
            case 0x41...0x5A: self.init(base: byte + 0x20, shape: .none, tone: .none)
            default: return nil
            }
        } else if let letter = Self.tables.letters[value] {
            self = letter
        } else {
            return nil
        }
    }

    init(base: UInt8, shape: Shape, tone: Tone) {
        self.base = base
        self.shape = shape
        self.tone = tone
    }

    /// Adds a combining mark; false when it is not a Vietnamese mark or its slot is taken.
    mutating func attach(_ mark: Unicode.Scalar) -> Bool {
        if let tone = Self.tones[mark] {
            guard self.tone == .none else { return false }
            self.tone = tone
            return true
        }
        if let shape = Self.shapes[mark] {
            guard self.shape == .none else { return false }
            self.shape = shape
            return true
        }
        return false
    }

    /// True for the combining marks a Vietnamese letter may carry.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        tones[scalar] != nil || shapes[scalar] != nil
    }

    /// Appends the letter, lowercase and precomposed where Unicode has the letter.
    func append(to output: inout [Unicode.Scalar]) {
        if let scalar = Self.tables.composed[key] {
            output.append(scalar)
            return
        }
        // No precomposed form (a mark on a letter Vietnamese does not use): base and marks.
        var plain = self
        plain.tone = .none
        if let scalar = Self.tables.composed[plain.key] {
            output.append(scalar)
        } else {
            output.append(Unicode.Scalar(base))
            if let mark = Self.shapes.first(where: { $0.value == shape })?.key { output.append(mark) }
        }
        if let mark = Self.tones.first(where: { $0.value == tone })?.key { output.append(mark) }
    }

    private var key: UInt16 {
        UInt16(base) << 6 | UInt16(shape.rawValue) << 3 | UInt16(tone.rawValue)
    }

    private static let tones: [Unicode.Scalar: Tone] = [
        "\u{0300}": .grave, "\u{0301}": .acute, "\u{0303}": .tilde, "\u{0309}": .hookAbove, "\u{0323}": .dotBelow,
    ]
    private static let shapes: [Unicode.Scalar: Shape] = ["\u{0302}": .circumflex, "\u{0306}": .breve, "\u{031B}": .horn]

    /// Letters by scalar value, and lowercase scalars by letter key.
    private struct Tables {
        var letters: [UInt32: VietnameseLetter] = [:]
        var composed: [UInt16: Unicode.Scalar] = [:]
    }

    /// Built once from Unicode's canonical decompositions of the Latin letters.
    private static let tables: Tables = {
        var tables = Tables()
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), let letter = decomposition(of: scalar) else { continue }
            tables.letters[value] = letter
            if scalar.properties.isLowercase { tables.composed[letter.key] = scalar }
        }
        let stroke = VietnameseLetter(base: UInt8(ascii: "d"), shape: .stroke, tone: .none)
        for value: UInt32 in [0x0110, 0x0111, 0x00D0] { tables.letters[value] = stroke }
        tables.composed[stroke.key] = "\u{0111}"
        for base in UInt8(ascii: "a")...UInt8(ascii: "z") {
            tables.composed[VietnameseLetter(base: base, shape: .none, tone: .none).key] = Unicode.Scalar(base)
        }
        return tables
    }()

    /// The letter a precomposed scalar decomposes into, when its base is ASCII and all
    /// its marks are Vietnamese.
    private static func decomposition(of scalar: Unicode.Scalar) -> VietnameseLetter? {
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard parts.count > 1, let first = parts.first, first.isASCII, var letter = VietnameseLetter(first) else { return nil }
        for mark in parts.dropFirst() {
            guard letter.attach(mark) else { return nil }
        }
        return letter
    }
}

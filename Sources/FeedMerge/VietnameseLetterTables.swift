import Foundation

/// The letter tables of ``VietnameseLetter``, built once from Unicode's canonical
/// decompositions of the Latin letters: flat arrays indexed by scalar or by letter key.
struct VietnameseLetterTables: Sendable {
    static let latinRange: ClosedRange<UInt32> = 0x00C0...0x024F
    static let extendedRange: ClosedRange<UInt32> = 0x1E00...0x1EFF

    /// Entry bits: the letter key (13 bits), upper case, present.
    static let keyMask: UInt16 = 0x1FFF
    static let uppercase: UInt16 = 0x2000
    static let present: UInt16 = 0x4000

    /// Entries for the scalars of `latinRange` and `extendedRange`.
    private var latin: [UInt16]
    private var extended: [UInt16]
    /// Lowercase precomposed scalar values by letter key, 0 where Unicode has none.
    private var composedScalars: [UInt32]

    init() {
        latin = Array(repeating: 0, count: Self.latinRange.count)
        extended = Array(repeating: 0, count: Self.extendedRange.count)
        composedScalars = Array(repeating: 0, count: Int(Self.keyMask) + 1)
        for base in UInt8(ascii: "a")...UInt8(ascii: "z") {
            composedScalars[Int(VietnameseLetter(base: base, shape: .none, tone: .none).key)] = UInt32(base)
        }
        for value in [Self.latinRange, Self.extendedRange].joined() {
            guard let scalar = Unicode.Scalar(value), let letter = Self.decomposition(of: scalar) else { continue }
            set(value, letter, uppercase: scalar.properties.isUppercase)
            if scalar.properties.isLowercase { composedScalars[Int(letter.key)] = value }
        }
        let stroke = VietnameseLetter(base: UInt8(ascii: "d"), shape: .stroke, tone: .none)
        set(0x0110, stroke, uppercase: true)  // Đ
        set(0x00D0, stroke, uppercase: true)  // Ð, typed for Đ
        set(0x0111, stroke, uppercase: false)  // đ
        composedScalars[Int(stroke.key)] = 0x0111
    }

    /// The entry of a scalar value: 0, or the letter key with `present` and maybe `uppercase`.
    func entry(_ value: UInt32) -> UInt16 {
        if Self.latinRange.contains(value) { return latin[Int(value - Self.latinRange.lowerBound)] }
        if Self.extendedRange.contains(value) { return extended[Int(value - Self.extendedRange.lowerBound)] }
        return 0
    }

    /// The lowercase precomposed scalar of a letter key, nil where Unicode has none.
    func composed(_ key: UInt16) -> Unicode.Scalar? {
        let value = composedScalars[Int(key)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    private mutating func set(_ value: UInt32, _ letter: VietnameseLetter, uppercase: Bool) {
        let entry = letter.key | Self.present | (uppercase ? Self.uppercase : 0)
        if Self.latinRange.contains(value) {
            latin[Int(value - Self.latinRange.lowerBound)] = entry
        } else {
            extended[Int(value - Self.extendedRange.lowerBound)] = entry
        }
    }

    /// The letter a precomposed scalar decomposes into, when its base is an ASCII letter
    /// and all its marks are Vietnamese.
    private static func decomposition(of scalar: Unicode.Scalar) -> VietnameseLetter? {
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard parts.count > 1, let first = parts.first, first.isASCII, first.properties.isAlphabetic else { return nil }
        var letter = VietnameseLetter(base: UInt8(first.value) | 0x20, shape: .none, tone: .none)
        for mark in parts.dropFirst() {
            guard letter.attach(mark) else { return nil }
        }
        return letter
    }
}

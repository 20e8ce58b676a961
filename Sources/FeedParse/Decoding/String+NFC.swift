import Foundation

extension String {
    /// This string in Unicode NFC (canonical composition).
    ///
    /// Returns `self` unchanged, without Foundation, when every scalar is one that NFC
    /// leaves alone whatever surrounds it (ASCII, Latin, precomposed Vietnamese, common
    /// punctuation and symbols, CJK ideographs); otherwise Foundation's
    /// `precomposedStringWithCanonicalMapping`.
    public var nfc: String {
        isStableUnderNFC ? self : precomposedStringWithCanonicalMapping
    }

    /// True when no scalar of this string can change under NFC (checked on the UTF-8
    /// bytes): each has a canonical combining class of 0, no canonical decomposition
    /// other than itself, and composes with no preceding scalar.
    var isStableUnderNFC: Bool {
        if let result = utf8.withContiguousStorageIfAvailable(Self.isStableUnderNFC) { return result }
        return unicodeScalars.allSatisfy { Self.isStableUnderNFC($0.value) }
    }

    private static func isStableUnderNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count, let base = UnsafeRawPointer(bytes.baseAddress),
               base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8  // eight ASCII bytes
                continue
            }
            let lead = bytes[index]
            switch lead {
            case 0x00..<0x80:
                index += 1
            case 0xC2..<0xCC:  // U+0080–U+02FF
                index += 2
            case 0xE0..<0xF0:
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard isStableUnderNFC(scalar) else { return false }
                index += 3
            case 0xF0...:
                let scalar = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                guard isStableUnderNFC(scalar) else { return false }
                index += 4
            default:  // U+0300–U+07FF: combining marks, Greek, Cyrillic, Hebrew, Arabic… not listed
                return false
            }
        }
        return true
    }

    /// The ranges where every scalar is stable under NFC (checked against the Unicode
    /// Character Database); scalars outside them go the slow way.
    private static func isStableUnderNFC(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0000...0x02FF,  // ASCII, Latin-1, Latin Extended-A/B (ă, đ, ơ, ư), IPA, spacing modifiers
             0x1E00...0x1EFF,  // Latin Extended Additional: precomposed Vietnamese
             0x2002...0x2064,  // general punctuation: dashes, quotes, ellipsis
             0x20A0...0x20C0,  // currency signs (₫, €)
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xFFFD,
             0x1F300...0x1F5FF:  // pictographs
            true
        default:
            false
        }
    }
}

/// A set of bytes as bits: 0x00–0x3F, 0x40–0x7F, and the lead bytes 0xC0–0xFF (never a
/// UTF-8 continuation byte), tested without a table in memory.
package struct ByteSet: Sendable {
    private var low: UInt64 = 0
    private var ascii: UInt64 = 0
    private var lead: UInt64 = 0

    /// The set of the bytes of `characters` (ASCII, as the sets of URL and markup syntax are).
    package init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    /// Adds `byte`; a continuation byte (0x80–0xBF) cannot be in the set.
    package mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: low |= bit
        case 1: ascii |= bit
        case 2: break
        default: lead |= bit
        }
    }

    /// This set and the bytes of `characters`.
    package func union(_ characters: String) -> ByteSet {
        var result = self
        for byte in characters.utf8 { result.insert(byte) }
        return result
    }

    @inline(__always)
    package func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return low & bit != 0
        case 1: return ascii & bit != 0
        case 2: return false
        default: return lead & bit != 0
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends a Unicode scalar as UTF-8, dropping what XML forbids: the C0 controls
    /// other than tab, line feed and carriage return, and U+FFFE/U+FFFF. A surrogate
    /// or a value past U+10FFFF becomes U+FFFD.
    mutating func appendScalar(_ scalar: UInt32) {
        switch scalar {
        case 0x20..<0x80, 0x09, 0x0A, 0x0D:
            append(UInt8(truncatingIfNeeded: scalar))
        case 0..<0x20, 0xFFFE, 0xFFFF:
            return
        case 0x80..<0x800:
            append(0xC0 | UInt8(truncatingIfNeeded: scalar >> 6))
            append(0x80 | UInt8(truncatingIfNeeded: scalar) & 0x3F)
        case 0xD800..<0xE000, 0x110000...:
            appendReplacementCharacter()
        case 0x800..<0x10000:
            append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
            append(0x80 | UInt8(truncatingIfNeeded: scalar >> 6) & 0x3F)
            append(0x80 | UInt8(truncatingIfNeeded: scalar) & 0x3F)
        default:
            append(0xF0 | UInt8(truncatingIfNeeded: scalar >> 18))
            append(0x80 | UInt8(truncatingIfNeeded: scalar >> 12) & 0x3F)
            append(0x80 | UInt8(truncatingIfNeeded: scalar >> 6) & 0x3F)
            append(0x80 | UInt8(truncatingIfNeeded: scalar) & 0x3F)
        }
    }

    /// Appends U+FFFD REPLACEMENT CHARACTER, which stands for bytes that could not be decoded.
    mutating func appendReplacementCharacter() {
        append(0xEF)
        append(0xBF)
        append(0xBD)
    }
}

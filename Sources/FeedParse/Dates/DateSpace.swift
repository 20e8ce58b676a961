/// White space as dates meet it in pages: ASCII spaces and the Unicode spaces that
/// HTML produces (`&nbsp;`, thin and narrow no-break spaces, the ideographic space).
enum DateSpace {
    /// The length in bytes of the space character at `index`, or 0 when there is none.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: " "), 0x09...0x0D:
            return 1
        case 0xC2: // U+00A0 no-break space
            return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2, 0xE3: // U+2000…U+200B, U+202F, U+205F; U+3000
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if byte == 0xE3 { return second == 0x80 && third == 0x80 ? 3 : 0 }
            let isSpace = (second == 0x80 && (third <= 0x8B || third == 0xAF)) || (second == 0x81 && third == 0x9F)
            return isSpace ? 3 : 0
        default:
            return 0
        }
    }
}

/// Validation of UTF-8 sequences (Unicode 15, table 3-7: no overlong forms, no surrogates).
enum UTF8Sequence {
    /// What `length(in:at:)` returns for a valid prefix cut by the end of the buffer.
    static let incomplete = -1

    /// The length of the valid sequence starting at `index`, 0 when the byte there
    /// starts no valid sequence, or `incomplete`.
    @inline(__always)
    static func length(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int, low: UInt8, high: UInt8
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        let count = bytes.count
        guard index + 1 < count else { return incomplete }
        guard (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length {
            guard index + offset < count else { return incomplete }
            guard bytes[index + offset] & 0xC0 == 0x80 else { return 0 }
        }
        return length
    }

    /// True when `bytes` are valid UTF-8 (a sequence cut at the end allowed) and hold
    /// at least one multi-byte sequence: text that is UTF-8 whatever it declares.
    static func isMultiByteUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0, sawMultiByte = false
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            let length = length(in: bytes, at: index)
            if length == incomplete { break }
            guard length > 0 else { return false }
            sawMultiByte = true
            index += length
        }
        return sawMultiByte
    }
}

import Foundation

/// Byte-level helpers for writing HTML in UTF-8.
extension Array<UInt8> {
    /// Appends `bytes` escaped for HTML text (`&` `<` `>`) or, with `quotes`, for a
    /// double-quoted attribute value (also `"`).
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool = false) {
        // Bits of `&` `<` `>`, and `"` for an attribute value.
        let escaped: UInt64 = quotes ? 0x5000_0044_0000_0000 : 0x5000_0040_0000_0000
        var run = 0
        var index = -1
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index + 1, mayMatch: { word in
                ByteScan.hasByte(word, equalTo: UInt8(ascii: "&")) || ByteScan.hasByte(word, equalTo: UInt8(ascii: "<"))
                    || ByteScan.hasByte(word, equalTo: UInt8(ascii: ">")) || quotes && ByteScan.hasByte(word, equalTo: UInt8(ascii: "\""))
            }, isMatch: { $0 < 64 && escaped >> UInt64($0) & 1 != 0 })
            guard index < bytes.count else { break }
            let byte = bytes[index]
            let entity: StaticString = switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            default: "&quot;"
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            run = index + 1
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    mutating func append(_ string: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Appends `bytes` with every run of whitespace (ASCII whitespace, C0 controls,
    /// U+00A0) as one space, none at the start; a run at the end stays pending in `space`.
    mutating func appendCollapsingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, space: inout Bool) {
        var index = 0
        while index < bytes.count {
            while index < bytes.count {
                if bytes[index] <= 0x20 {
                    index += 1
                } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    index += 2
                } else {
                    break
                }
                space = true
            }
            guard index < bytes.count else { return }
            if space, !isEmpty { append(UInt8(ascii: " ")) }
            space = false
            // A run of visible characters, with the single spaces between them.
            let run = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x20, byte != 0xC2 || index + 1 == bytes.count || bytes[index + 1] != 0xA0 {
                    index += 1
                } else if byte == 0x20, index + 1 < bytes.count, bytes[index + 1] > 0x20, bytes[index + 1] != 0xC2 {
                    index += 2
                } else {
                    break
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        }
    }

    /// The text as a `String` in NFC, with surrounding ASCII whitespace trimmed.
    func trimmedNFCString() -> String {
        var low = startIndex, high = endIndex
        while low < high, self[low] <= 0x20 { low += 1 }
        while high > low, self[high - 1] <= 0x20 { high -= 1 }
        return self[low..<high].withUnsafeBufferPointer { String(utf8NFC: $0) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the text has a character other than whitespace, C0 controls and U+00A0.
    var hasVisibleCharacter: Bool {
        var index = 0
        while index < count {
            let byte = self[index]
            if byte > 0x20, !(byte == 0xC2 && index + 1 < count && self[index + 1] == 0xA0) { return true }
            index += byte == 0xC2 ? 2 : 1
        }
        return false
    }

    /// Whether the text has a combining diacritical mark (U+0300–U+036F, bytes `CC xx` or
    /// `CD xx`): Vietnamese typed in decomposed form, or written as character references
    /// such as `a&#769;`, which need composing into NFC.
    var hasCombiningMark: Bool {
        guard let base = baseAddress else { return false }
        return memchr(base, 0xCC, count) != nil || memchr(base, 0xCD, count) != nil
    }
}

extension String {
    /// `bytes` decoded as UTF-8 and composed into NFC when it has combining marks.
    init(utf8NFC bytes: UnsafeBufferPointer<UInt8>) {
        let string = String(decoding: bytes, as: UTF8.self)
        self = bytes.hasCombiningMark ? string.precomposedStringWithCanonicalMapping : string
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes packed into an integer, first byte lowest, when there are 1 to 8 of
    /// them (none of them NUL: names); 0 otherwise.
    var packedName: UInt64 {
        guard count > 0, count <= 8 else { return 0 }
        var packed: UInt64 = 0
        for index in 0..<count { packed |= UInt64(self[index]) << (8 * index) }
        return packed
    }
}

/// Scanning eight bytes at a time (SWAR): a word test that may report a word without a
/// match (it is then read byte by byte) but never misses one.
enum ByteScan {
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    private static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether a byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        hasByte(word ^ (ones &* UInt64(byte)), below: 1)
    }

    /// The index of the first byte at or after `start` for which `isMatch` holds (or the
    /// end), reading whole words while `mayMatch` says that none of their bytes does.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                           mayMatch: (UInt64) -> Bool, isMatch: (UInt8) -> Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let end = bytes.count
        var index = start
        while true {
            while index + 8 <= end, !mayMatch(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
            let stop = min(index + 8, end)
            while index < stop {
                if isMatch(base[index]) { return index }
                index += 1
            }
            if index >= end { return end }
        }
    }
}

import Foundation

/// Byte-level helpers for text in UTF-8: whitespace collapsing, trimming, NFC, packed names.
extension Array<UInt8> {
    /// Appends the UTF-8 of a literal.
    package mutating func append(_ string: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Appends `bytes` with every run of whitespace (ASCII whitespace, C0 controls,
    /// U+00A0) as one space, none at the start; a run at the end stays pending in `space`.
    package mutating func appendCollapsingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, space: inout Bool) {
        var words = 0
        appendCollapsingWhitespace(bytes, space: &space, words: &words, limit: .max)
    }

    /// The same, counting in `words` the words started and stopping before the word
    /// that would pass `limit`.
    /// - Returns: false when a word was left out for the limit.
    @discardableResult
    package mutating func appendCollapsingWhitespace(
        _ bytes: UnsafeBufferPointer<UInt8>, space: inout Bool, words: inout Int, limit: Int
    ) -> Bool {
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
            guard index < bytes.count else { return true }
            if space || isEmpty {
                guard words < limit else { return false }
                words += 1
            }
            if space, !isEmpty { append(UInt8(ascii: " ")) }
            space = false
            // A run of visible characters, with the single spaces between them.
            let run = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x20, byte != 0xC2 || index + 1 == bytes.count || bytes[index + 1] != 0xA0 {
                    index += 1
                } else if byte == 0x20, index + 1 < bytes.count, bytes[index + 1] > 0x20, bytes[index + 1] != 0xC2 {
                    guard words < limit else {
                        append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                        return false
                    }
                    words += 1
                    index += 2
                } else {
                    break
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        }
        return true
    }

    /// The text as a `String` in NFC, with surrounding ASCII whitespace trimmed.
    package func trimmedNFCString() -> String {
        var low = startIndex, high = endIndex
        while low < high, self[low] <= 0x20 { low += 1 }
        while high > low, self[high - 1] <= 0x20 { high -= 1 }
        return self[low..<high].withUnsafeBufferPointer { String(utf8NFC: $0) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the text has a character other than whitespace, C0 controls and U+00A0.
    package var hasVisibleCharacter: Bool {
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
    package var packedName: UInt64 {
        guard count > 0, count <= 8 else { return 0 }
        var packed: UInt64 = 0
        for index in 0..<count { packed |= UInt64(self[index]) << (8 * index) }
        return packed
    }
}

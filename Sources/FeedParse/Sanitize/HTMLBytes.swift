import Foundation

/// Byte-level helpers for writing HTML in UTF-8.
extension Array<UInt8> {
    /// Appends `bytes` escaped for HTML text (`&` `<` `>`) or, with `quotes`, for a
    /// double-quoted attribute value (also `"`).
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool = false) {
        var run = 0
        for index in 0..<bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\"") where quotes: entity = "&quot;"
            default: continue
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
            let byte = bytes[index]
            if byte <= 0x20 {
                space = true
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                space = true
                index += 2
            } else {
                if space, !isEmpty { append(UInt8(ascii: " ")) }
                space = false
                let word = index
                while index < bytes.count, bytes[index] > 0x20, bytes[index] != 0xC2 { index += 1 }
                if index == word { index += 1 }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word..<index]))
            }
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
        contains { $0 == 0xCC || $0 == 0xCD }
    }
}

extension String {
    /// `bytes` decoded as UTF-8 and composed into NFC when it has combining marks.
    init(utf8NFC bytes: UnsafeBufferPointer<UInt8>) {
        let string = String(decoding: bytes, as: UTF8.self)
        self = bytes.hasCombiningMark ? string.precomposedStringWithCanonicalMapping : string
    }
}

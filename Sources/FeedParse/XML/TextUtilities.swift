import WebText

/// Whitespace runs (ASCII whitespace, U+00A0 and the other Unicode spaces) become one
/// space; the ends are trimmed. Works on the UTF-8 bytes: titles and ids of every item
/// pass here.
func collapseWhitespace(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
        if !needsCollapsing(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var pendingSpace = false
        while index < bytes.count {
            let width = whitespaceWidth(bytes, at: index)
            if width > 0 {
                pendingSpace = !output.isEmpty
                index += width
            } else {
                if pendingSpace { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// True unless the text has no leading, trailing, repeated or non-space whitespace.
private func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first <= 0x20 || last <= 0x20 { return true }
    var previousWasSpace = false
    for index in bytes.indices {
        let byte = bytes[index]
        if byte == 0x20 {
            if previousWasSpace { return true }
            previousWasSpace = true
        } else {
            if byte < 0x20 || (byte >= 0xC2 && whitespaceWidth(bytes, at: index) > 0) { return true }
            previousWasSpace = false
        }
    }
    return false
}

/// The byte length of the whitespace character at `index`, or 0.
@inline(__always)
private func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte <= 0x20 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    if byte < 0xC2 { return 0 }
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    switch byte {
    case 0xC2: return next == 0xA0 || next == 0x85 ? 2 : 0
    case 0xE1: return next == 0x9A && index + 2 < bytes.count && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        if next == 0x80, third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
        return next == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3: return next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x80 ? 3 : 0
    default: return 0
    }
}

/// True when a text field holds markup or character references that need an HTML parser.
func looksLikeMarkup(_ text: String) -> Bool {
    var sawAmpersand = false
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: "&") { sawAmpersand = true }
        if byte == UInt8(ascii: ";"), sawAmpersand { return true }
        if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
            return true
        }
        previous = byte
    }
    return false
}

/// Plain text as HTML: `&`, `<` and `>` escaped.
func escapeHTML(_ text: String) -> String {
    MarkupEscaper.htmlText.escape(text)
}

extension StringProtocol {
    /// The text without leading and trailing ASCII whitespace, checked on the UTF-8 bytes.
    func trimmingSpaces() -> String {
        var string = String(self)
        return string.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = 0, end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while start < end, isSpace(bytes[end - 1]) { end -= 1 }
            if start == 0, end == bytes.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        } ?? string
    }
}

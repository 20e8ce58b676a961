/// Whitespace runs (spaces, tabs, newlines, NBSP) become one space; the ends are trimmed.
func collapseWhitespace(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace {
            pendingSpace = !result.isEmpty
        } else {
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
    }
    return result
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
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
        return text
    }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        default: result.append(character)
        }
    }
    return result
}

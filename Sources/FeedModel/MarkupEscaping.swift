/// Escaping of text for XML and HTML, shared by every stage that writes markup.
public enum MarkupEscaping {
    /// `text` with `&`, `<` and `>` escaped, and `"` and `'` as given (left as they are
    /// when nil): `escape(s, quote: "&quot;", apostrophe: "&apos;")` for XML attributes,
    /// `escape(s)` for HTML element content.
    public static func escape(_ text: String, quote: String? = nil, apostrophe: String? = nil) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quote != nil && byte == UInt8(ascii: "\"")) || (apostrophe != nil && byte == UInt8(ascii: "'"))
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quote != nil: result += quote!
            case "'" where apostrophe != nil: result += apostrophe!
            default: result.append(character)
            }
        }
        return result
    }
}

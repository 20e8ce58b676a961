/// Why a document could not be turned into a feed. Descriptions start with `parse:`.
public enum ParseError: Error, Equatable, CustomStringConvertible {
    /// The document is empty or only whitespace.
    case empty
    /// The document is something else (an HTML page, a script, a JSON object that is no feed).
    case notAFeed(looksLike: String)
    /// The XML is broken beyond recovery; line and column where libxml2 gave up.
    case malformedXML(message: String, line: Int, column: Int)
    /// The JSON Feed could not be read.
    case malformedJSON(message: String)
    /// The document exceeds `ParseOptions.maxBytes`.
    case tooLarge(limit: Int)
    /// The bytes could not be decoded from their character set.
    case undecodable(charset: String)
    /// Reading the input failed.
    case io(path: String, message: String)

    public var description: String {
        switch self {
        case .empty: "parse: empty document"
        case .notAFeed(let kind): "parse: not a feed (looks like \(kind))"
        case .malformedXML(let message, let line, let column): "parse: XML error at line \(line), column \(column): \(message)"
        case .malformedJSON(let message): "parse: invalid JSON Feed: \(message)"
        case .tooLarge(let limit): "parse: document larger than the \(limit / (1 << 20)) MB limit"
        case .undecodable(let charset): "parse: cannot decode the document as \(charset)"
        case .io(let path, let message): "parse: cannot read \(path): \(message)"
        }
    }
}

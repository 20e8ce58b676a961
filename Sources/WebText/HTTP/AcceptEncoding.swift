/// The `Accept-Encoding` request field (RFC 9110 §12.5.3).
public enum AcceptEncoding {
    /// True when a client sending `field` accepts gzip: it names `gzip` (or `x-gzip`),
    /// or `*` without naming gzip, with a quality above 0. A missing field accepts
    /// only the identity coding.
    public static func allowsGzip(_ field: String?) -> Bool {
        guard let field else { return false }
        var wildcard: Bool?
        for element in field.split(separator: ",") {
            let parts = element.split(separator: ";")
            guard let coding = parts.first?.trimmingSpaces.lowercased() else { continue }
            let accepted = parts.dropFirst().allSatisfy { parameter in
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "q" else { return true }
                return (Double(pair[1].trimmingSpaces) ?? 0) > 0
            }
            if coding == "gzip" || coding == "x-gzip" { return accepted }
            if coding == "*" { wildcard = accepted }
        }
        return wildcard ?? false
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}

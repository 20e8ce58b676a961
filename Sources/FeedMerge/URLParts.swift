/// An absolute `http(s)` URL split into its normalized parts (see ``CanonicalURL``).
/// Parsing works on UTF-8 bytes: every delimiter of a URL is ASCII.
struct URLParts {
    /// `http` or `https`.
    let scheme: String
    /// The user information before `@`, percent-encoding normalized; usually nil.
    let userInfo: String?
    /// The host, lowercased, without a trailing dot.
    let host: String
    /// The port when it is not the scheme's default.
    let port: Int?
    /// The path, never empty (`/` at least), dot segments removed.
    let path: String
    /// The query without tracking parameters, sorted; nil when nothing is left.
    let query: String?

    /// Splits and normalizes `link`; nil when it is not an absolute http(s) URL.
    init?(_ link: String) {
        // Like browsers, ignore surrounding spaces and any tab or line break.
        let bytes = link.utf8.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        var text = bytes[...]
        while let first = text.first, first == 0x20 || first == 0x0C { text.removeFirst() }
        while let last = text.last, last == 0x20 || last == 0x0C { text.removeLast() }
        if let hash = text.firstIndex(of: UInt8(ascii: "#")) { text = text[..<hash] }

        guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = String(decoding: text[..<colon].map { $0 | 0x20 }, as: UTF8.self)
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[(colon + 1)...]
        guard rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) else { return nil }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? afterSlashes.endIndex
        let authority = afterSlashes[..<authorityEnd]

        var hostPort = authority
        var userInfo: String?
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            userInfo = PercentEncoding.normalized(authority[..<at], keeping: PercentEncoding.userInfoASCII)
            hostPort = authority[(at + 1)...]
        }
        guard let (host, port) = Self.hostAndPort(hostPort, scheme: scheme) else { return nil }

        let target = afterSlashes[authorityEnd...]
        let queryStart = target.firstIndex(of: UInt8(ascii: "?"))
        let rawPath = target[..<(queryStart ?? target.endIndex)]
        let path = DotSegments.removed(from: PercentEncoding.normalizedBytes(rawPath, keeping: PercentEncoding.pathASCII))
        self.scheme = scheme
        self.userInfo = userInfo
        self.host = host
        self.port = port
        self.path = path.isEmpty ? "/" : String(decoding: path, as: UTF8.self)
        self.query = queryStart.flatMap { TrackingParameters.cleanedQuery(target[($0 + 1)...]) }
    }

    /// `user@host:port`, optionally without a leading `www.` on the host.
    func authority(droppingWWW: Bool) -> String {
        var result = userInfo.map { $0 + "@" } ?? ""
        result += droppingWWW && host.hasPrefix("www.") && host.utf8.count > 4 ? String(host.dropFirst(4)) : host
        if let port { result += ":" + String(port) }
        return result
    }

    /// The path and, when any is left, `?` and the query.
    var pathAndQuery: String {
        query.map { path + "?" + $0 } ?? path
    }

    /// The lowercased host and the port unless it is the scheme's default; nil when the
    /// host is empty or holds spaces, or the port is not a number in 0…65535.
    private static func hostAndPort(_ text: ArraySlice<UInt8>, scheme: String) -> (String, Int?)? {
        var hostPart = text
        var portPart: ArraySlice<UInt8> = []
        if text.first == UInt8(ascii: "[") {
            // An IPv6 literal: the port, if any, follows the closing bracket.
            guard let close = text.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            hostPart = text[...close]
            let after = text[(close + 1)...]
            guard after.isEmpty || after.first == UInt8(ascii: ":") else { return nil }
            portPart = after.dropFirst()
        } else if let colon = text.lastIndex(of: UInt8(ascii: ":")) {
            hostPart = text[..<colon]
            portPart = text[(colon + 1)...]
        }
        if hostPart.last == UInt8(ascii: ".") { hostPart.removeLast() }
        guard !hostPart.isEmpty, !hostPart.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\\") }) else { return nil }
        let host = hostPart.allSatisfy { $0 < 0x80 }
            ? String(decoding: hostPart.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            : String(decoding: hostPart, as: UTF8.self).lowercased()
        guard !portPart.isEmpty else { return (host, nil) }
        guard portPart.count <= 5, portPart.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let port = portPart.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard port <= 65_535 else { return nil }
        let isDefault = (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
        return (host, isDefault ? nil : port)
    }
}

/// An absolute `http(s)` URL split into its normalized parts (see ``CanonicalURL``).
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
        var text = Substring(link.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }

        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return nil }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex { $0 == "/" || $0 == "?" } ?? afterSlashes.endIndex
        let authority = afterSlashes[..<authorityEnd]

        var hostPort = authority
        var userInfo: String?
        if let at = authority.lastIndex(of: "@") {
            userInfo = PercentEncoding.normalized(authority[..<at], keeping: PercentEncoding.userInfoASCII)
            hostPort = authority[authority.index(after: at)...]
        }
        guard let (host, port) = Self.hostAndPort(hostPort, scheme: scheme) else { return nil }

        let target = afterSlashes[authorityEnd...]
        let queryStart = target.firstIndex(of: "?")
        let rawPath = queryStart.map { target[..<$0] } ?? target
        let path = DotSegments.removed(from: PercentEncoding.normalized(rawPath, keeping: PercentEncoding.pathASCII))
        self.scheme = scheme
        self.userInfo = userInfo
        self.host = host
        self.port = port
        self.path = path.isEmpty ? "/" : path
        self.query = queryStart.flatMap { TrackingParameters.cleanedQuery(target[target.index(after: $0)...]) }
    }

    /// `user@host:port`, optionally without a leading `www.` on the host.
    func authority(droppingWWW: Bool) -> String {
        var result = userInfo.map { $0 + "@" } ?? ""
        result += droppingWWW && host.hasPrefix("www.") && host.count > 4 ? String(host.dropFirst(4)) : host
        if let port { result += ":" + String(port) }
        return result
    }

    /// The path and, when any is left, `?` and the query.
    var pathAndQuery: String {
        query.map { path + "?" + $0 } ?? path
    }

    /// The lowercased host and the port unless it is the scheme's default; nil when the
    /// host is empty or holds spaces, or the port is not a number in 0…65535.
    private static func hostAndPort(_ text: Substring, scheme: String) -> (String, Int?)? {
        var hostPart = text
        var portPart: Substring = ""
        if text.hasPrefix("[") {
            // An IPv6 literal: the port, if any, follows the closing bracket.
            guard let close = text.firstIndex(of: "]") else { return nil }
            hostPart = text[...close]
            let after = text[text.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return nil }
            portPart = after.dropFirst()
        } else if let colon = text.lastIndex(of: ":") {
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        var host = hostPart.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "\\" }) else { return nil }
        guard !portPart.isEmpty else { return (host, nil) }
        guard portPart.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), portPart.count <= 5,
              let port = Int(portPart), port <= 65_535 else { return nil }
        let isDefault = (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
        return (host, isDefault ? nil : port)
    }
}

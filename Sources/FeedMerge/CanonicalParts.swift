import WebText

/// An absolute `http(s)` URL split into its normalized parts (see ``CanonicalURL``),
/// read with WebText's `URIParts` and `URIAuthority` on the UTF-8 bytes.
struct CanonicalParts {
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
        var bytes = link.utf8.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        while let last = bytes.last, last == 0x20 || last == 0x0C { bytes.removeLast() }
        if let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0C }) { bytes.removeFirst(first) } else { bytes = [] }

        guard let schemeRange = URIParts.scheme(of: bytes) else { return nil }
        let scheme = String(decoding: bytes[schemeRange].map { $0 | 0x20 }, as: UTF8.self)
        guard scheme == "http" || scheme == "https" else { return nil }
        let parts = URIParts(bytes, from: schemeRange.upperBound + 1)
        guard let authorityRange = parts.authority else { return nil }
        let authority = URIAuthority(bytes, authorityRange)
        guard let (host, port) = Self.hostAndPort(bytes, authority, scheme: scheme) else { return nil }

        var path = PercentEncoding.normalizedBytes(bytes[parts.path], keeping: PercentEncoding.pathASCII)
        DotSegments.remove(from: &path, start: 0)
        self.scheme = scheme
        self.userInfo = authority.userInfo.map { PercentEncoding.normalized(bytes[$0], keeping: PercentEncoding.userInfoASCII) }
        self.host = host
        self.port = port
        self.path = path.isEmpty ? "/" : String(decoding: path, as: UTF8.self)
        self.query = parts.query.flatMap { TrackingParameters.cleanedQuery(bytes[$0]) }
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
    private static func hostAndPort(_ bytes: [UInt8], _ authority: URIAuthority, scheme: String) -> (String, Int?)? {
        guard authority.isWellFormed else { return nil }
        var hostPart = bytes[authority.host]
        let portPart = authority.port.map { bytes[$0] } ?? []
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

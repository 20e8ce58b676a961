import WebText

/// Where the HTTP server listens (`server.listen`): `host:port`, an IPv6 address in
/// brackets (`[::1]:8080`); port 0 picks a free one.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host name or address, without brackets.
    public var host: String
    /// The TCP port, 0…65535.
    public var port: Int

    /// An address from its parts.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `host:port`, split as a URL's authority; nil without a host, without a port
    /// in 0…65535, with a `user@`, or for an IPv6 address without brackets.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        let authority = URIAuthority(bytes, bytes.indices)
        guard authority.isWellFormed, authority.userInfo == nil, let portRange = authority.port,
              let port = Int(String(decoding: bytes[portRange], as: UTF8.self)), (0...65535).contains(port)
        else { return nil }
        var host = bytes[authority.host]
        if host.first == UInt8(ascii: "[") {
            host = host.dropFirst().dropLast()
        } else if host.contains(UInt8(ascii: ":")) {
            return nil
        }
        guard !host.isEmpty else { return nil }
        self.init(host: String(decoding: host, as: UTF8.self), port: port)
    }

    /// `host:port`, with brackets around an IPv6 address.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// `127.0.0.1:8080`.
    public static let `default` = ListenAddress(host: "127.0.0.1", port: 8080)
}

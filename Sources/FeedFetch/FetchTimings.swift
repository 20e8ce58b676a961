/// libcurl's timings of one transfer, each measured from its start (as `curl -w` does):
/// name resolved, connected, TLS done, first byte received, all done.
public struct FetchTimings: Sendable, Equatable {
    /// Name resolved.
    public var dns: Duration
    /// TCP connected.
    public var connect: Duration
    /// TLS handshake done (zero for plain HTTP).
    public var tls: Duration
    /// First byte of the response received.
    public var firstByte: Duration
    /// Transfer done, redirects included.
    public var total: Duration

    /// Creates timings; all default to zero.
    public init(dns: Duration = .zero, connect: Duration = .zero, tls: Duration = .zero, firstByte: Duration = .zero, total: Duration = .zero) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}

/// libcurl's timings of one transfer, each measured from its start (as `curl -w` does):
/// name resolved, connected, TLS done, first byte received, all done.
public struct FetchTimings: Sendable, Equatable {
    public var dns: Duration
    public var connect: Duration
    public var tls: Duration
    public var firstByte: Duration
    public var total: Duration

    public init(dns: Duration = .zero, connect: Duration = .zero, tls: Duration = .zero, firstByte: Duration = .zero, total: Duration = .zero) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}

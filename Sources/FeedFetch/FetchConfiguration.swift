import FeedModel

/// The limits and identity every fetch of one `Fetcher` shares.
///
/// The defaults follow FeedBridge's fetching rules: 32 transfers at once, 4 per host,
/// 10 s to connect, 30 s in total, 20 MB of decompressed body, 5 redirects.
public struct FetchConfiguration: Sendable {
    /// Transfers running at the same time, over all hosts.
    public var maxConcurrent: Int
    /// Transfers running at the same time against one host name; the others wait
    /// in FeedBridge's queue, so a slow host never holds the slots of the rest.
    public var maxPerHost: Int
    /// Time allowed to resolve the name and connect (TLS included).
    public var connectTimeout: Duration
    /// Time allowed for the whole transfer, redirects included.
    public var totalTimeout: Duration
    /// A transfer slower than `lowSpeedLimit` bytes per second for `lowSpeedTime` is
    /// aborted (by default, under 100 bytes/s for 20 s: a stalled server).
    public var lowSpeedLimit: Int
    /// See `lowSpeedLimit`.
    public var lowSpeedTime: Duration
    /// Largest body accepted, counted after decompression while it streams in.
    public var maxBodyBytes: Int
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// The operator's contact page or address, named in the User-Agent.
    public var contactURL: String?
    /// A User-Agent to send instead of the default one.
    public var customUserAgent: String?
    /// The User-Agent header: `customUserAgent`, or `FeedBridge/<version> (+<contactURL>)`
    /// (`FeedBridge/<version>` without a contact).
    public var userAgent: String { customUserAgent ?? Self.defaultUserAgent(contactURL: contactURL) }
    /// The Accept header sent with every request.
    public var accept: String
    /// Proxy URL: `nil` uses the environment (`http_proxy`, `https_proxy`, `no_proxy`),
    /// `""` disables proxies even when the environment names one.
    public var proxy: String?

    /// Creates a configuration; every parameter has FeedBridge's default.
    public init(
        maxConcurrent: Int = 32,
        maxPerHost: Int = 4,
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        lowSpeedLimit: Int = 100,
        lowSpeedTime: Duration = .seconds(20),
        maxBodyBytes: Int = 20_000_000,
        maxRedirects: Int = 5,
        contactURL: String? = nil,
        customUserAgent: String? = nil,
        accept: String = "application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5",
        proxy: String? = nil
    ) {
        self.maxConcurrent = max(1, maxConcurrent)
        self.maxPerHost = max(1, maxPerHost)
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.lowSpeedLimit = lowSpeedLimit
        self.lowSpeedTime = lowSpeedTime
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.contactURL = contactURL
        self.customUserAgent = customUserAgent
        self.accept = accept
        self.proxy = proxy
    }
}

extension FetchConfiguration {
    /// `FeedBridge/<version> (+<contactURL>)`, or `FeedBridge/<version>` without a contact.
    public static func defaultUserAgent(contactURL: String?) -> String {
        guard let contactURL, !contactURL.isEmpty else { return FeedBridgeVersion.product }
        return "\(FeedBridgeVersion.product) (+\(contactURL))"
    }
}

extension Duration {
    /// Whole milliseconds, for libcurl's `_MS` options.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}

import WebText

/// One URL to fetch for one source, with the validators from its previous fetch.
public struct FetchRequest: Sendable {
    /// The source's id in feeds.yaml; carried through to the result.
    public var id: String
    /// An `http` or `https` URL; any other scheme fails with "scheme not allowed".
    public var url: String
    /// The `ETag` of the last response, sent as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last response, sent as `If-Modified-Since`.
    public var lastModified: String?
    /// False only for portals with broken certificate chains: skips TLS verification.
    public var verifyTLS: Bool
    /// More request headers, as `(name, value)` pairs.
    public var headers: [(name: String, value: String)]
    /// The total time allowed for this transfer, replacing `FetchConfiguration.totalTimeout`.
    public var timeout: Duration?

    /// Creates a request; `id` defaults to the URL.
    public init(
        id: String? = nil, url: String, etag: String? = nil, lastModified: String? = nil,
        verifyTLS: Bool = true, headers: [(name: String, value: String)] = [], timeout: Duration? = nil
    ) {
        self.id = id ?? url
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.verifyTLS = verifyTLS
        self.headers = headers
        self.timeout = timeout
    }

    /// The host name that the per-host limit counts against (lowercased, without port;
    /// empty for a URL without an authority, which fails before any connection).
    var hostKey: String {
        let bytes = Array(url.utf8)
        let parts = URIParts(bytes, from: URIParts.scheme(of: bytes).map { $0.upperBound + 1 } ?? 0)
        guard let authority = parts.authority else { return "" }
        return String(decoding: bytes[URIAuthority(bytes, authority).host], as: UTF8.self).lowercased()
    }
}

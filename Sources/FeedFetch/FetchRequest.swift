import WebText

/// One URL to fetch for one source, with the validators from its previous fetch.
///
/// `sourceID` and `index` are the caller's, carried through to the result untouched, so
/// that a result (they come in completion order) finds what it answers.
public struct FetchRequest: Sendable {
    /// The source whose document this is (its id in feeds.yaml), nil for a bare URL.
    public var sourceID: String?
    /// The caller's position of what the request is for: the item whose article page
    /// it fetches, the line of a request file; nil when there is none.
    public var index: Int?
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
    /// A form body (`application/x-www-form-urlencoded`): the request is a POST (a WebSub
    /// publish ping); nil for a GET.
    public var form: String?

    /// Creates a request.
    public init(
        sourceID: String? = nil, index: Int? = nil, url: String, etag: String? = nil, lastModified: String? = nil,
        verifyTLS: Bool = true, headers: [(name: String, value: String)] = [], timeout: Duration? = nil
    ) {
        self.sourceID = sourceID
        self.index = index
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.verifyTLS = verifyTLS
        self.headers = headers
        self.timeout = timeout
        form = nil
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

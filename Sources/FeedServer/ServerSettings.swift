import FeedModel

/// What the server needs from `server:` and `output.dir`.
public struct ServerSettings: Sendable, Equatable {
    /// The output folder served.
    public var directory: String
    /// Where to listen (port 0 picks a free one).
    public var listen: ListenAddress
    /// The origins whose pages may read the files (CORS); nil sends no CORS headers.
    public var cors: AllowedOrigins?
    /// `Cache-Control: max-age` of the published files, in seconds.
    public var cacheMaxAge: Int
    /// Who may read `/metrics`.
    public var metricsAllow: [AddressRange]

    /// Settings; by default no CORS, a max-age of 60 s and `/metrics` for loopback only.
    public init(
        directory: String, listen: ListenAddress, cors: AllowedOrigins? = nil, cacheMaxAge: Int = 60,
        metricsAllow: [AddressRange] = AddressRange.loopback
    ) {
        self.directory = directory
        self.listen = listen
        self.cors = cors
        self.cacheMaxAge = cacheMaxAge
        self.metricsAllow = metricsAllow
    }
}

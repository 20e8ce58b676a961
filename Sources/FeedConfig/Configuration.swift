import Foundation
import FeedModel

/// A validated `feeds.yaml`: the city feed's identity, output, server, store,
/// fetch defaults, HTML presets and sources. Built by ``ConfigLoader``.
public struct Configuration: Sendable, Equatable {
    /// The merged feed's own identity (`city:`).
    public var city: City
    /// What is published and where (`output:`).
    public var output: Output
    /// The HTTP server (`server:`).
    public var server: Server
    /// Where the store keeps its data (`store:`); defaults to `sqlite:state/feedbridge.sqlite`.
    public var store: StoreLocation
    /// How long items stay in the store (`retention:`).
    public var retention: Retention
    /// Fetch defaults; each source may override interval and timeout (`fetch:`).
    public var fetch: Fetch
    /// HTML scraping rules shared by many portals, by preset name (`presets:`).
    public var presets: [String: HTMLRules]
    /// The portals to aggregate, in file order (`sources:`).
    public var sources: [Source]
    /// WebSub push (`websub:`); no hub by default.
    public var websub = WebSub()

    /// WebSub (W3C Recommendation): the hubs the published feeds name and ping.
    public struct WebSub: Sendable, Equatable {
        /// The hubs (`websub.hubs`): every feed carries `rel="hub"` to each, and each is
        /// told (`hub.mode=publish`) after a publish that changed a feed.
        public var hubs: [URL] = []

        public init(hubs: [URL] = []) {
            self.hubs = hubs
        }
    }

    /// The merged feed's identity.
    public struct City: Sendable, Equatable {
        /// The feed title (required).
        public var title: String
        /// The city portal's home page (required, http or https).
        public var link: URL
        /// The feed id, never changed once published; defaults to `link`.
        public var id: String
        /// The feed language; defaults to `vi`.
        public var language: String
        /// The default time zone of sources; defaults to `Asia/Ho_Chi_Minh`.
        public var timezone: TimeZone
    }

    /// The published files.
    public struct Output: Sendable, Equatable {
        /// The folder the files are written to; defaults to `output`.
        public var dir: String
        /// How many stories the feeds carry; defaults to 500.
        public var items: Int
        /// How many stories each portal's sub-feed (`units/<id>.atom`) carries, the newest
        /// that portal carried; defaults to 50.
        public var unitItems: Int = 50
        /// The formats to write; defaults to all of them.
        public var formats: [PublishFormat]
        /// The public address the folder is served at (for `rel="self"` links);
        /// defaults to `http://` + `server.listen` + `/`.
        public var url: URL?
        /// RFC 5005 archives of the city feed; defaults to ``Archives/monthly``.
        public var archives: Archives = .monthly

        /// How the city feed's history is kept for readers who poll late.
        public enum Archives: String, Sendable, Equatable, CaseIterable {
            /// `archive/YYYY-MM.atom`, linked from `feed.atom` by `prev-archive`.
            case monthly
            /// No archives: a reader sees only the newest `items` stories.
            case none
        }
    }

    /// The HTTP server.
    public struct Server: Sendable, Equatable {
        /// The address to listen on; defaults to `127.0.0.1:8080`.
        public var listen: ListenAddress
        /// The origins whose web pages may read the files (CORS); nil, the default, sends
        /// no `Access-Control-Allow-Origin`.
        public var cors: AllowedOrigins?
        /// How long clients and caches may keep a published file without asking
        /// again (`Cache-Control: max-age`); defaults to 60 seconds.
        public var cacheMaxAge: Duration
        /// The client addresses that may read `/metrics`; defaults to loopback
        /// (`127.0.0.0/8`, `::1`).
        public var metricsAllow: [AddressRange]
    }

    /// How long items stay in the store. Stories in the published feed are always kept.
    public struct Retention: Sendable, Equatable {
        /// Items older than this are forgotten; defaults to 180 days.
        public var maxAge: Duration
        /// Only the newest this many items of each source are kept; defaults to 2000.
        public var maxItemsPerSource: Int
    }

    /// Fetch defaults for every source.
    public struct Fetch: Sendable, Equatable {
        /// Time between two fetches of one source; defaults to 15 minutes.
        public var interval: Duration
        /// Transfers at once in total; defaults to 32.
        public var concurrency: Int
        /// Transfers at once to one host; defaults to 4.
        public var perHost: Int
        /// Total time allowed for one transfer; defaults to 30 seconds.
        public var timeout: Duration
        /// Largest body accepted, after decompression, in bytes; defaults to 20 MB.
        public var maxBytes: Int
        /// A User-Agent replacing FeedBridge's own (`FeedBridge/<version> (+contact)`).
        public var userAgent: String?
        /// The operator's contact URL, appended to the User-Agent when given.
        public var contact: URL?
    }
}

extension Configuration {
    /// The absolute URL the output folder is served at, ending in `/`: `output.url`,
    /// else `http://` + `server.listen`.
    public var publicBaseURL: String {
        var base = output.url?.absoluteString ?? "http://\(server.listen)/"
        if !base.hasSuffix("/") { base += "/" }
        return base
    }

    /// The default city time zone: `Asia/Ho_Chi_Minh` (UTC+7, no DST), or a fixed
    /// UTC+7 when the system has no zone database.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
}

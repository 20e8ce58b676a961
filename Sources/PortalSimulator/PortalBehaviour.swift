/// How a portal answers requests for its source URL.
///
/// The defaults are a well-behaved portal: validators (ETag, Last-Modified) with real
/// 304s, gzip when asked, no delay, no fault.
public struct PortalBehaviour: Sendable, Hashable {
    /// Sends `ETag` and `Last-Modified` and answers 304 to matching conditional requests.
    public var conditionalGET: Bool
    /// Sends a gzip body when the request accepts gzip.
    public var gzip: Bool
    /// Waits this long before answering (a slow portal).
    public var delay: Duration?
    /// A failure mode, or nil for a working portal.
    public var fault: PortalFault?

    public init(conditionalGET: Bool = true, gzip: Bool = true, delay: Duration? = nil, fault: PortalFault? = nil) {
        self.conditionalGET = conditionalGET
        self.gzip = gzip
        self.delay = delay
        self.fault = fault
    }

    /// A working portal.
    public static let normal = PortalBehaviour()
}

/// The failure modes of real portals that a fetcher must survive.
public enum PortalFault: Sendable, Hashable, CustomStringConvertible {
    /// Accepts the connection and never answers.
    case hang
    /// 500 with a Tomcat error page.
    case serverError
    /// 429 with `Retry-After: seconds`.
    case tooManyRequests(retryAfter: Int)
    /// 301 to `SimulatedPortal.movedPath`, which serves the feed.
    case movedPermanently
    /// 410 Gone.
    case gone
    /// 302 to a login page that redirects back, forever.
    case redirectLoop
    /// 200 with a Liferay error page (HTML) instead of the feed.
    case htmlErrorPage
    /// A feed that is not well-formed.
    case malformed(MalformedKind)

    /// The ways a served feed is broken.
    public enum MalformedKind: String, Sendable, Hashable, CaseIterable {
        /// A bare `&` in a title ("Tuyên truyền & phổ biến").
        case unescapedAmpersand = "unescaped-ampersand"
        /// An HTML entity (`&nbsp;`) that XML does not define.
        case undefinedEntity = "undefined-entity"
        /// The body cut off in the middle.
        case truncated
    }

    /// The faults given to portals by default, in the order they are handed out.
    public static let defaultRotation: [PortalFault] = [
        .malformed(.unescapedAmpersand), .serverError, .tooManyRequests(retryAfter: 120),
        .movedPermanently, .htmlErrorPage, .gone, .redirectLoop, .malformed(.undefinedEntity),
        .malformed(.truncated), .hang,
    ]

    /// A short name: `hang`, `500`, `429`, `301`, `410`, `redirect-loop`, `error-page`, `malformed:truncated`.
    public var description: String {
        switch self {
        case .hang: "hang"
        case .serverError: "500"
        case .tooManyRequests(let seconds): "429 (Retry-After: \(seconds))"
        case .movedPermanently: "301"
        case .gone: "410"
        case .redirectLoop: "redirect-loop"
        case .htmlErrorPage: "error-page"
        case .malformed(let kind): "malformed:\(kind.rawValue)"
        }
    }
}

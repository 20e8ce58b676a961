/// Why a fetch failed, with the URL, libcurl's code and libcurl's own message.
///
/// The description starts with the stage and the URL, for example
/// `fetch: https://example.vn/rss: timed out after 30 s: Operation timed out after 30001 milliseconds with 0 bytes received`.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure an operator acts on differently.
    public enum Kind: Sendable, Equatable {
        /// The connect or total timeout passed.
        case timedOut(after: Duration)
        /// Slower than the low-speed limit for the low-speed time.
        case tooSlow
        /// The last response had an error status (4xx, 5xx, or a 3xx not followed).
        case httpStatus(Int)
        /// The decompressed body grew past the limit (or announced more).
        case bodyTooLarge(limit: Int)
        /// The server's certificate was not accepted (expired, self-signed, wrong name…).
        case tlsCertificate
        /// The TLS handshake failed.
        case tlsHandshake
        /// More redirects than allowed.
        case tooManyRedirects(limit: Int)
        /// A URL or redirect target that is not http or https.
        case schemeNotAllowed
        /// The URL could not be parsed.
        case invalidURL
        /// DNS found no address for the host.
        case couldNotResolveHost
        /// The connection was refused or unreachable.
        case couldNotConnect
        /// The caller stopped waiting for the result.
        case cancelled
        /// Any other libcurl failure; `curlCode` and `curlMessage` say which.
        case transport
    }

    /// The requested URL.
    public let url: String
    /// What went wrong.
    public let kind: Kind
    /// libcurl's `CURLcode`, 0 when the failure did not come from libcurl.
    public let curlCode: Int
    /// libcurl's error buffer text (or its text for `curlCode`), empty when none.
    public let curlMessage: String

    /// Creates an error; the fetcher makes these, tests and callers may too.
    public init(url: String, kind: Kind, curlCode: Int = 0, curlMessage: String = "") {
        self.url = url
        self.kind = kind
        self.curlCode = curlCode
        self.curlMessage = curlMessage
    }

    /// `fetch: <url>: <summary>`.
    public var description: String {
        "fetch: \(url): \(summary)"
    }

    /// The description without the stage and the URL.
    public var summary: String {
        switch kind {
        case .tlsCertificate:
            let detail = curlMessage.replacingPrefix("SSL certificate problem: ", with: "")
            return "TLS certificate problem: \(detail)"
        case .httpStatus(let status): return "HTTP \(status)"
        case .cancelled: return "cancelled"
        case .bodyTooLarge: return phrase  // libcurl only saw a refused write
        default: return curlMessage.isEmpty ? phrase : "\(phrase): \(curlMessage)"
        }
    }

    private var phrase: String {
        switch kind {
        case .timedOut(let after): "timed out after \(Self.seconds(after)) s"
        case .tooSlow: "too slow"
        case .bodyTooLarge(let limit): "body larger than \(Self.bytes(limit))"
        case .tlsHandshake: "TLS handshake failed"
        case .tooManyRedirects(let limit): "too many redirects (more than \(limit))"
        case .schemeNotAllowed: "scheme not allowed (only http and https)"
        case .invalidURL: "invalid URL"
        case .couldNotResolveHost: "could not resolve host"
        case .couldNotConnect: "could not connect"
        case .transport: "transfer failed"
        case .tlsCertificate, .httpStatus, .cancelled: ""
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.milliseconds
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000)" : "\(Double(milliseconds) / 1000)"
    }

    private static func bytes(_ count: Int) -> String {
        if count >= 1_000_000, count % 1_000_000 == 0 { return "\(count / 1_000_000) MB" }
        if count >= 1000, count % 1000 == 0 { return "\(count / 1000) kB" }
        return "\(count) bytes"
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

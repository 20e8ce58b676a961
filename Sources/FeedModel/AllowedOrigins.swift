/// The web pages whose scripts may read the published files (`server.cors` in
/// `feeds.yaml`): what the server answers in `Access-Control-Allow-Origin`.
public enum AllowedOrigins: Sendable, Hashable {
    /// Every origin (`cors: "*"`): the answer is `*`.
    case any
    /// Only these origins, each `scheme://host[:port]` in lowercase (`cors:
    /// [https://hanoi.gov.vn]`): the answer is the request's `Origin` when it is one of them.
    case only([String])

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, or nil when
    /// that origin may not read the files.
    public func allowOrigin(for origin: String) -> String? {
        switch self {
        case .any: return "*"
        case .only(let origins): return origins.contains(origin.lowercased()) ? origin : nil
        }
    }
}

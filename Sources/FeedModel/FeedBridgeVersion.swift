/// FeedBridge's version: what `feedbridge --version` prints and the published feeds'
/// `<generator>` says (`FeedBridge 0.1`), and what the User-Agent and the server's
/// `Server` header name (`FeedBridge/0.1`).
public enum FeedBridgeVersion {
    /// The version number.
    public static let current = "0.1"

    /// The generator named in the published feeds: `FeedBridge 0.1`.
    public static var generator: String { "FeedBridge \(current)" }

    /// The product token of the User-Agent: `FeedBridge/0.1`.
    public static var product: String { "FeedBridge/\(current)" }
}

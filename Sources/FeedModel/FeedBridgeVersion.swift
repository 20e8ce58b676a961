/// FeedBridge's version: what `feedbridge --version` prints, the User-Agent names
/// (`FeedBridge/0.1`) and the published feeds' `<generator>` says (`FeedBridge 0.1`).
public enum FeedBridgeVersion {
    /// The version number.
    public static let current = "0.1"

    /// The generator named in the published feeds: `FeedBridge 0.1`.
    public static var generator: String { "FeedBridge \(current)" }

    /// The product token of the User-Agent: `FeedBridge/0.1`.
    public static var product: String { "FeedBridge/\(current)" }
}

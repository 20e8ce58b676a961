/// A failure to set up libcurl itself (not tied to one URL): the fetcher cannot run.
public struct FetchSetupError: Error, Sendable, CustomStringConvertible {
    /// The libcurl call that failed.
    public let operation: String
    /// Its `CURLcode` or `CURLMcode`.
    public let code: Int
    /// libcurl's text for the code.
    public let message: String

    public var description: String { "fetch: \(operation) failed: \(message) (code \(code))" }
}

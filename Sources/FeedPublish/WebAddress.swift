/// The addresses published as links: `http` and `https` only. Upstream, the parser
/// already resolves links and drops other schemes; this keeps the output safe even
/// when a caller builds stories by hand.
enum WebAddress {
    /// True for an absolute `http:` or `https:` URL.
    static func isWeb(_ url: String) -> Bool {
        let scheme = url.prefix(8).lowercased()
        return scheme.hasPrefix("http://") || scheme.hasPrefix("https://")
    }
}

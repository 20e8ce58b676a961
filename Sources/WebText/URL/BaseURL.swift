/// An absolute http, https or ftp URL that references are resolved against, parsed once.
package struct BaseURL: Sendable {
    /// The URL cleaned and normalized (see `URLWorkspace`).
    let bytes: [UInt8]
    let scheme: URLScheme
    /// The authority, without the `//` before it.
    let authority: Range<Int>
    /// Never empty: at least `/`.
    let path: Range<Int>
    let query: Range<Int>?

    /// Nil when `string` is not an absolute URL with a host whose scheme is http, https or ftp.
    package init?(_ string: String) {
        var workspace = URLWorkspace()
        var string = string
        guard let scheme = string.withUTF8({ workspace.resolve($0, against: nil, allowData: false) }),
              scheme.isHierarchical else { return nil }
        let bytes = workspace.resolved
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let parts = URIParts(bytes, from: colon + 1)
        guard let authority = parts.authority else { return nil }
        self.bytes = bytes
        self.scheme = scheme
        self.authority = authority
        self.path = parts.path
        self.query = parts.query
    }
}

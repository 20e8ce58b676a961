/// Resolves references against a base URL (RFC 3986 §5), the way a browser reads an
/// `href` or `src` attribute, and refuses every scheme that is unsafe on a web page.
///
/// ```swift
/// URLResolver.resolve("../anh/a.jpg", against: "https://hanoi.gov.vn/tin-tuc/bai-1")
/// // "https://hanoi.gov.vn/anh/a.jpg"
/// URLResolver.resolve("javascript:alert(1)", against: nil)  // nil
/// ```
public enum URLResolver {
    /// `reference` trimmed of whitespace (feeds wrap links in newlines) and resolved
    /// against `base`.
    ///
    /// Tabs and newlines inside the reference are removed and the scheme is matched
    /// case-insensitively, as browsers do, so `JaVa\tScRiPt:` is still refused. Spaces,
    /// non-ASCII characters (as UTF-8) and other bytes URIs do not allow are
    /// percent-encoded; the host is lowercased and `.`/`..` segments removed.
    ///
    /// - Parameters:
    ///   - reference: an absolute or relative URL, as found in a feed or an attribute.
    ///   - base: the URL `reference` is relative to; when nil or not an absolute
    ///     http(s)/ftp URL, only an absolute `reference` survives.
    ///   - allowData: whether a `data:` URL is accepted.
    /// - Returns: the absolute URL; nil for empty input, a relative reference without a
    ///   usable base, an http(s)/ftp URL without a host, or a scheme other than http,
    ///   https, mailto, tel, ftp, magnet (and data when `allowData`).
    public static func resolve(_ reference: String, against base: String?, allowData: Bool = false) -> String? {
        resolve(reference, againstBase: base.flatMap(BaseURL.init), allowData: allowData)
    }

    /// The same, against a base parsed once for many references.
    package static func resolve(_ reference: String, againstBase parsedBase: BaseURL?, allowData: Bool = false) -> String? {
        var workspace = URLWorkspace()
        var reference = reference
        let scheme = reference.withUTF8 { workspace.resolve($0, against: parsedBase, allowData: allowData) }
        return scheme == nil ? nil : String(decoding: workspace.resolved, as: UTF8.self)
    }
}

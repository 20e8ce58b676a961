/// Canonical URLs for identity and matching (DESIGN.md, "Identity and merging").
///
/// The canonical form: lowercase scheme and host, no default port, no fragment, tracking
/// parameters removed (`utm_*`, `fbclid`, `gclid`, `dclid`, `msclkid`, `mc_cid`, `mc_eid`,
/// `_ga`, `yclid`, `igshid`, … see ``TrackingParameters``), the remaining query parameters
/// sorted by name (stable: equal names keep their order), an empty query dropped, dot
/// segments removed, percent-encoding normalized (hex digits upper case, unreserved ASCII
/// and valid UTF-8 decoded, so `%E1%BB%A9` and `ứ` are equal; spaces and other characters
/// a URL cannot hold encoded). Unicode hosts and paths are kept as Unicode.
///
/// ```swift
/// CanonicalURL.canonical("HTTP://Hanoi.gov.vn:80/a/../tin?utm_source=x&b=2&a=1#top")
/// // "http://hanoi.gov.vn/tin?a=1&b=2"
/// CanonicalURL.matchKey("https://www.hanoi.gov.vn/tin")   // "hanoi.gov.vn/tin"
/// ```
///
/// The published link of an item stays the original; the canonical form is only a key.
public enum CanonicalURL {
    /// The canonical form of an absolute `http` or `https` link.
    /// - Returns: nil for other schemes, relative links and links that do not parse
    ///   (no host, a port that is not a number in 0…65535).
    public static func canonical(_ link: String) -> String? {
        guard let parts = CanonicalParts(link) else { return nil }
        return parts.scheme + "://" + parts.authority(droppingWWW: false) + parts.pathAndQuery
    }

    /// The canonical form without the scheme and without a leading `www.` on the host,
    /// so that `http`/`https` and `www.` copies of one page match.
    /// - Returns: nil where ``canonical(_:)`` is nil.
    public static func matchKey(_ link: String) -> String? {
        guard let parts = CanonicalParts(link) else { return nil }
        return parts.authority(droppingWWW: true) + parts.pathAndQuery
    }
}

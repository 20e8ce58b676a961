/// The query parameters that track a click rather than name a page, and the query
/// clean-up of `FeedMerge`'s canonical URLs (kept here for every stage that writes links).
///
/// Removed: every `utm_*` parameter and `fbclid`, `gclid`, `dclid`, `gbraid`, `wbraid`,
/// `msclkid`, `mc_cid`, `mc_eid`, `_ga`, `_gl`, `yclid`, `igshid`, `twclid`, `ttclid`,
/// `li_fat_id`, `_hsenc`, `_hsmi`, `mkt_tok`, `zarsrc` (Zalo), `srsltid`, `oly_anon_id`,
/// `oly_enc_id`, `vero_id`, `rb_clickid`, `s_cid` (names compared without case).
package enum TrackingParameters {
    package static let names: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
        "yclid", "igshid", "twclid", "ttclid", "li_fat_id", "_hsenc", "_hsmi", "mkt_tok", "zarsrc",
        "srsltid", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid",
    ]

    /// True when a parameter with this (normalized) name only tracks the click.
    package static func isTracking(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasPrefix("utm_") || names.contains(lowered)
    }

    /// The query without tracking and empty parameters, each percent-normalized, sorted
    /// by name (stable: repeated names keep their order); nil when nothing is left.
    package static func cleanedQuery(_ query: ArraySlice<UInt8>) -> String? {
        var kept: [(name: String, parameter: String)] = []
        for raw in query.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = raw.firstIndex(of: UInt8(ascii: "="))
            let name = PercentEncoding.normalized(raw[..<(equals ?? raw.endIndex)], keeping: PercentEncoding.queryASCII)
            guard !isTracking(name) else { continue }
            guard let equals else {
                kept.append((name, name))
                continue
            }
            let value = PercentEncoding.normalized(raw[(equals + 1)...], keeping: PercentEncoding.queryASCII)
            kept.append((name, name + "=" + value))
        }
        guard !kept.isEmpty else { return nil }
        let order = kept.indices.sorted { (kept[$0].name, $0) < (kept[$1].name, $1) }
        return order.map { kept[$0].parameter }.joined(separator: "&")
    }

    /// `link` without its tracking parameters, everything else as written (the other
    /// parameters in their order, the fragment): the link a published feed carries.
    /// `https://x.vn/a?id=5&utm_source=zalo#top` → `https://x.vn/a?id=5#top`.
    package static func removed(from link: String) -> String {
        let fragment = link.firstIndex(of: "#") ?? link.endIndex
        guard let question = link[..<fragment].firstIndex(of: "?") else { return link }
        let query = link[link.index(after: question)..<fragment]
        let parameters = query.split(separator: "&", omittingEmptySubsequences: false)
        let kept = parameters.filter { parameter in
            let name = Array(parameter.prefix { $0 != "=" }.utf8)
            return !isTracking(PercentEncoding.normalized(name[...], keeping: PercentEncoding.queryASCII))
        }
        guard kept.count < parameters.count else { return link }
        let rest = kept.filter { !$0.isEmpty }.joined(separator: "&")
        return String(link[..<question]) + (rest.isEmpty ? "" : "?" + rest) + link[fragment...]
    }
}

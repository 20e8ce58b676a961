/// The status lines and headers of every response in one transfer, redirects included,
/// as libcurl hands them to the header callback one line at a time.
struct ResponseHead {
    /// One response in the redirect chain: the URL requested and the status it got.
    struct Hop {
        let url: String
        let status: Int
    }

    /// The final (non-1xx) responses in order.
    private(set) var hops: [Hop] = []
    /// The kept headers of the latest response.
    private(set) var headers = FetchHeaders()
    /// The protocol of the latest response's status line: `HTTP/1.1`, `HTTP/2`…
    private(set) var httpVersion: String?

    /// Takes one header line without its CRLF; `currentURL` is asked on status lines only.
    mutating func receive(_ line: Substring, currentURL: () -> String) {
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, let status = Int(parts[1]) else { return }
            headers = FetchHeaders()
            httpVersion = String(parts[0])
            if status >= 200 { hops.append(Hop(url: currentURL(), status: status)) }
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let value = String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" })
        switch line[..<colon].lowercased() {
        case "etag": headers.etag = value
        case "last-modified": headers.lastModified = value
        case "content-type": headers.contentType = value
        case "retry-after": headers.retryAfter = value
        case "cache-control": headers.cacheControl = value
        case "date": headers.date = value
        default: break
        }
    }

    /// The source's new URL: the target of the last 301/308 in the chain's leading run
    /// of permanent redirects. A temporary redirect (302, 303, 307) ends the run.
    var movedPermanentlyTo: String? {
        var moved: String?
        for (index, hop) in hops.enumerated().dropLast() {
            guard hop.status == 301 || hop.status == 308 else { break }
            moved = hops[index + 1].url
        }
        return moved
    }
}

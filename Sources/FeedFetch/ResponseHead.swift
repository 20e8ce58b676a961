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
    /// The latest response's `Content-Length` (of the encoded body), when given.
    private(set) var contentLength: Int?

    /// Takes one raw header line; `currentURL` is asked on status lines only.
    /// Works on bytes: only the few headers kept become strings.
    mutating func receive(_ line: UnsafeRawBufferPointer, currentURL: () -> String) {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: "\n") || line[end - 1] == UInt8(ascii: "\r") || line[end - 1] == UInt8(ascii: " ") {
            end -= 1
        }
        let line = UnsafeRawBufferPointer(rebasing: line[..<end])
        if line.starts(with: "HTTP/".utf8) {
            receiveStatusLine(String(decoding: line, as: UTF8.self), currentURL: currentURL)
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), let field = Self.keptField(named: line[..<colon]) else { return }
        var start = colon + 1
        while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
        let value = String(decoding: line[start..<end], as: UTF8.self)
        switch field {
        case .etag: headers.etag = value
        case .lastModified: headers.lastModified = value
        case .contentType: headers.contentType = value
        case .retryAfter: headers.retryAfter = value
        case .cacheControl: headers.cacheControl = value
        case .date: headers.date = value
        case .contentLength: contentLength = Int(value)
        }
    }

    private mutating func receiveStatusLine(_ line: String, currentURL: () -> String) {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return }
        headers = FetchHeaders()
        contentLength = nil
        httpVersion = String(parts[0])
        if status >= 200 { hops.append(Hop(url: currentURL(), status: status)) }
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

    /// The headers kept, by lowercased name.
    private enum KeptField: String, CaseIterable {
        case etag = "etag", lastModified = "last-modified", contentType = "content-type"
        case retryAfter = "retry-after", cacheControl = "cache-control", date = "date"
        case contentLength = "content-length"
    }

    private static let keptFieldNames = KeptField.allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The kept field with this name (compared without regard to ASCII case), if any.
    private static func keptField(named name: Slice<UnsafeRawBufferPointer>) -> KeptField? {
        keptFieldNames.first { _, lowercased in
            lowercased.count == name.count && zip(lowercased, name).allSatisfy { $0 == $1 | 0x20 }
        }?.0
    }
}

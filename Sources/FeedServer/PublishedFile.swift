import FeedModel
import Gzip
import Hummingbird
import WebText

/// One version of a published file, ready to serve: its bytes and those of its gzip
/// sibling, their strong entity tags, and the response headers of each answer, built
/// once when the version is first served (never per request).
struct PublishedFile: Sendable {
    /// The media types of the published files, by extension.
    static let mediaTypes: [String: String] = [
        "atom": "application/atom+xml; charset=utf-8",
        "rss": "application/rss+xml; charset=utf-8",
        "json": "application/feed+json; charset=utf-8",
        "opml": "text/x-opml; charset=utf-8",
        "html": "text/html; charset=utf-8",
    ]

    /// One representation: the file as written, or its gzip sibling.
    struct Representation: Sendable {
        let body: ByteBuffer
        /// The strong tag: of the bytes, with `-gz` for the gzip sibling.
        let etag: String
        /// The headers of a 200 (with `Content-Length`, so a HEAD answer keeps it).
        let headers: HTTPFields
        /// The headers of a 304.
        let notModifiedHeaders: HTTPFields
    }

    let version: FileVersion
    /// The version of the gzip sibling read with it; nil when there was none.
    let gzipVersion: FileVersion?
    let identity: Representation
    /// Nil when the sibling is missing or does not hold this version's bytes.
    let gzip: Representation?
    /// Whole seconds since 1970 of `Last-Modified`.
    let modifiedSeconds: Int

    /// Reads `relativePath` under `root` and its `.gz` sibling (used only when its gzip
    /// trailer matches the file's CRC-32 and length); nil when the file cannot be served.
    static func load(_ relativePath: String, root: String, cacheControl: String) -> PublishedFile? {
        guard let dot = relativePath.lastIndex(of: "."),
              let mediaType = mediaTypes[String(relativePath[relativePath.index(after: dot)...])],
              let (bytes, version) = FileReader.read(relativePath, root: root) else { return nil }
        let lastModified = HTTPDate.format(secondsSince1970: version.modifiedSeconds)
        let cacheControl = isClosedArchive(relativePath, bytes) ? closedArchiveCacheControl : cacheControl
        func representation(_ body: [UInt8], etag: String, encoding: String?) -> Representation {
            var common: HTTPFields = [
                .eTag: etag, .lastModified: lastModified, .cacheControl: cacheControl, .vary: "Accept-Encoding",
            ]
            let notModified = common
            common[.contentType] = mediaType
            if let encoding { common[.contentEncoding] = encoding }
            common[.contentLength] = String(body.count)
            return Representation(body: ByteBuffer(bytes: body), etag: etag, headers: common, notModifiedHeaders: notModified)
        }
        let identity = representation(bytes, etag: EntityTag.strong(of: bytes), encoding: nil)
        var gzip: Representation?
        let sibling = FileReader.read(relativePath + ".gz", root: root)
        if let sibling, GzipTrailer(last: sibling.bytes) == GzipTrailer(of: bytes) {
            gzip = representation(sibling.bytes, etag: EntityTag.strong(of: bytes, suffix: "-gz"), encoding: "gzip")
        }
        return PublishedFile(
            version: version, gzipVersion: sibling?.version, identity: identity, gzip: gzip,
            modifiedSeconds: version.modifiedSeconds
        )
    }

    /// A closed month's archive never changes (RFC 5005): caches may keep it for a year.
    static let closedArchiveCacheControl = "public, max-age=31536000, immutable"

    /// An `archive/…` document whose head carries ``ArchiveMarker``'s closed marker; the
    /// open month's does not.
    private static func isClosedArchive(_ relativePath: String, _ bytes: [UInt8]) -> Bool {
        relativePath.hasPrefix("archive/") && ArchiveMarker.isClosed(bytes, json: relativePath.hasSuffix(".json"))
    }
}

import Gzip
import Hummingbird
import WebText

/// A response body rendered once per change, with its gzip form and validators, so
/// that serving it is a dictionary lookup.
struct RenderedResource: Sendable {
    let contentType: String
    let body: ByteBuffer
    let gzipped: ByteBuffer
    /// A strong quoted entity tag of the identity body: `"9f0c…"`.
    let etag: String
    /// The entity tag of the gzip body: `"9f0c…-gz"` (another representation, another tag).
    let gzipETag: String
    /// The HTTP date of the newest content.
    let lastModified: String
    let lastModifiedEpoch: Int

    init(text: String, contentType: String, modified: Int) throws {
        let bytes = Array(text.utf8)
        self.contentType = contentType
        body = ByteBuffer(bytes: bytes)
        gzipped = ByteBuffer(bytes: try GzipCompressor.gzip(bytes))
        etag = EntityTag.strong(of: bytes)
        gzipETag = EntityTag.strong(of: bytes, suffix: "-gz")
        lastModified = CivilTime(epoch: modified, offsetHours: 0).rfc822
        lastModifiedEpoch = modified
    }

    static let html = "text/html; charset=UTF-8"
    static let rss = "application/rss+xml; charset=UTF-8"
    static let atom = "application/atom+xml; charset=UTF-8"
    static let jsonFeed = "application/feed+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"
    static let text = "text/plain; charset=utf-8"
}

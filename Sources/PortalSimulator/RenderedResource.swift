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
        let hash = String(Self.fnv1a(bytes), radix: 16)
        etag = "\"\(hash)\""
        gzipETag = "\"\(hash)-gz\""
        lastModified = CivilTime(epoch: modified, offsetHours: 0).rfc822
        lastModifiedEpoch = modified
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash
        }
    }

    static let html = "text/html; charset=UTF-8"
    static let rss = "application/rss+xml; charset=UTF-8"
    static let atom = "application/atom+xml; charset=UTF-8"
    static let jsonFeed = "application/feed+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"
    static let text = "text/plain; charset=utf-8"
}

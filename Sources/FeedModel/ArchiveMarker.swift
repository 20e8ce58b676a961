/// How a closed month's archive document is told from the open month's, by the publisher
/// (render it again or not) and the server (cache it for a year or not): RFC 5005's
/// `<fh:archive/>` in Atom and RSS; in JSON Feed, which has no such element, the
/// `_feedbridge` extension's `"archive": "closed"`. Both sit in the document's head.
public enum ArchiveMarker {
    /// The marker of a closed document, in UTF-8.
    public static func closed(json: Bool) -> [UInt8] {
        Array((json ? #""archive": "closed""# : "<fh:archive/>").utf8)
    }

    /// How much of a document's start holds the marker.
    public static let headBytes = 8_192

    /// True when the head (first ``headBytes``) of `bytes` carries the closed marker.
    public static func isClosed(_ bytes: some Collection<UInt8>, json: Bool) -> Bool {
        let marker = closed(json: json)
        let head = Array(bytes.prefix(headBytes))
        return head.indices.contains { head[$0...].starts(with: marker) }
    }
}

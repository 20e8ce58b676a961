import Hummingbird
import WebText

/// Answers GET and HEAD for the published files: the gzip sibling when the client
/// takes gzip, 304 when a precondition says the client's copy is current (RFC 9110
/// §13.2.2: `If-None-Match` when present, else `If-Modified-Since`), the Vietnamese
/// 404 page for anything else.
struct FileResponder: Sendable {
    let files: PublishedFiles

    func respond(to request: Request) -> Response {
        guard let relativePath = OutputPath.relative(request.uri.path) else { return NotFoundPage.response(for: request) }
        let acceptsGzip = AcceptEncoding.allowsGzip(request.headers[.acceptEncoding])
        guard let file = files.file(relativePath, gzip: acceptsGzip) else { return NotFoundPage.response(for: request) }
        let representation = acceptsGzip ? file.gzip ?? file.identity : file.identity
        if Self.isNotModified(representation, file, request) {
            return Response(status: .notModified, headers: representation.notModifiedHeaders)
        }
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: representation.body)
        return Response(status: .ok, headers: representation.headers, body: body)
    }

    /// True when the client's copy is the current representation.
    static func isNotModified(_ representation: PublishedFile.Representation, _ file: PublishedFile, _ request: Request) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return EntityTag.ifNoneMatch(tags, matches: representation.etag)
        }
        if let since = request.headers[.ifModifiedSince], let seconds = HTTPDate.parse(since) {
            return file.modifiedSeconds <= seconds
        }
        return false
    }
}

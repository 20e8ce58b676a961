import Foundation
import Hummingbird
import WebText

extension SimulatorResponder {
    /// A pre-rendered resource with the behaviour's validators (and 304) and gzip.
    func serve(_ resource: RenderedResource, _ request: Request, behaviour: PortalBehaviour, _ outcome: inout Outcome) -> Response {
        let gzip = behaviour.gzip && AcceptEncoding.allowsGzip(request.headers[.acceptEncoding])
        var headers: HTTPFields = [.contentType: resource.contentType]
        if behaviour.gzip { headers[.vary] = "Accept-Encoding" }
        if behaviour.conditionalGET {
            headers[.eTag] = gzip ? resource.gzipETag : resource.etag
            headers[.lastModified] = resource.lastModified
            if Self.isNotModified(resource, request) {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
        }
        outcome.gzip = gzip
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: gzip ? resource.gzipped : resource.body))
    }

    /// RFC 9110: `If-None-Match` decides when present, else `If-Modified-Since`.
    static func isNotModified(_ resource: RenderedResource, _ request: Request) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return EntityTag.ifNoneMatch(tags, matches: resource.etag) || EntityTag.ifNoneMatch(tags, matches: resource.gzipETag)
        }
        if let since = request.headers[.ifModifiedSince], let date = HTTPDate.parse(since) {
            return resource.lastModifiedEpoch <= date
        }
        return false
    }

    static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: RenderedResource.html], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ status: HTTPResponse.Status, to location: String) -> Response {
        Response(status: status, headers: [.location: location, .contentType: RenderedResource.html],
                 body: .init(byteBuffer: ByteBuffer(string: "<html><body><a href=\"\(location)\">\(location)</a></body></html>\n")))
    }

    static func notFound() -> Response {
        html(ErrorPages.tomcat(status: 404, reason: "Not Found"), status: .notFound)
    }
}

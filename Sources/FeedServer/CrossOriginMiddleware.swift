import FeedModel
import Hummingbird

/// CORS for the published files (`server.cors`): scripts of the allowed web pages may
/// read the feeds.
///
/// A request whose `Origin` is allowed gets `Access-Control-Allow-Origin` (and may read
/// the validators, `ETag` and `Last-Modified`); a preflight `OPTIONS` from an allowed
/// origin is answered here, 204 with the methods and headers a reader of static files
/// needs. With a list of origins the answer depends on `Origin`, so it says `Vary: Origin`.
struct CrossOriginMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowed: AllowedOrigins

    /// The methods the server answers.
    static var methods: String { "GET, HEAD, OPTIONS" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowOrigin = request.headers[.origin].flatMap(allowed.allowOrigin)
        if request.method == .options, let allowOrigin, request.headers[.accessControlRequestMethod] != nil {
            var response = Response(status: .noContent, headers: [
                .accessControlAllowOrigin: allowOrigin,
                .accessControlAllowMethods: Self.methods,
                .accessControlAllowHeaders: "If-None-Match, If-Modified-Since",
                .accessControlMaxAge: "86400",
                .allow: Self.methods,
            ])
            varyByOrigin(&response)
            return response
        }
        var response = try await next(request, context)
        if let allowOrigin {
            response.headers[.accessControlAllowOrigin] = allowOrigin
            response.headers[.accessControlExposeHeaders] = "ETag, Last-Modified"
        }
        varyByOrigin(&response)
        return response
    }

    private func varyByOrigin(_ response: inout Response) {
        if case .only = allowed { response.headers[values: .vary].append("Origin") }
    }
}

import Hummingbird

/// The 404 page, in Vietnamese like the published page, for paths that name no
/// published file and for every error the router answers 404.
enum NotFoundPage {
    static let html = """
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>Không tìm thấy trang</title></head>
        <body>
        <h1>Không tìm thấy trang (404)</h1>
        <p>Địa chỉ này không có trên máy chủ. Tin tổng hợp có ở <a href="/">trang chủ</a> \
        và trong các bản tin <a href="/feed.atom">Atom</a>, <a href="/feed.rss">RSS</a>, \
        <a href="/feed.json">JSON Feed</a>.</p>
        </body>
        </html>

        """

    private static let body = ByteBuffer(string: html)

    /// The page as a 404 (headers only for HEAD).
    static func response(for request: Request) -> Response {
        let headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .contentLength: String(body.readableBytes), .cacheControl: "no-cache",
        ]
        return Response(status: .notFound, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: body))
    }
}

/// Turns the router's own 404 (a path with no route, a method a route does not take)
/// into ``NotFoundPage``.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return NotFoundPage.response(for: request)
        }
    }
}

import Foundation
import Hummingbird

extension TestServer {
    /// The validators `/conditional` accepts, and the date `/feed` sends.
    static let etag = "\"v1-abc\""
    static let lastModified = "Sat, 01 Nov 2025 10:00:00 GMT"

    static func addRoutes(to router: Router<BasicRequestContext>, log: ServerLog) {
        // A feed with validators and caching headers; the path names the feed.
        router.get("/feed/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            return Response(
                status: .ok,
                headers: [.eTag: etag, .lastModified: lastModified, .contentType: "application/rss+xml; charset=utf-8", .cacheControl: "max-age=900"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "<rss>\(name)</rss>"))
            )
        }
        // 304 when either validator matches, and the validators received are kept.
        router.get("/conditional") { request, _ in
            log.record(path: "/conditional", headers: headers(of: request))
            let matches = request.headers[.ifNoneMatch] == etag || request.headers[.ifModifiedSince] == lastModified
            if matches { return Response(status: .notModified, headers: [.eTag: etag]) }
            return Response(status: .ok, headers: [.eTag: etag], body: ResponseBody(byteBuffer: ByteBuffer(string: "<rss/>")))
        }
        // Any status; 5xx and 4xx with a small HTML error page.
        router.get("/status/:code") { _, context in
            let code = try context.parameters.require("code", as: Int.self)
            return Response(status: .init(code: code), body: ResponseBody(byteBuffer: ByteBuffer(string: "<html>error \(code)</html>")))
        }
        // 429 or 503 with Retry-After in seconds (120) or as an HTTP date one hour ahead.
        router.get("/retry/:code/:form") { _, context in
            let code = try context.parameters.require("code", as: Int.self)
            let retryAfter = context.parameters.get("form") == "date" ? httpDate(Date().addingTimeInterval(3600)) : "120"
            return Response(status: .init(code: code), headers: [.retryAfter: retryAfter])
        }
        // A redirect with the given status to /feed/moved.
        router.get("/redirect/:code") { _, context in
            let code = try context.parameters.require("code", as: Int.self)
            return Response(status: .init(code: code), headers: [.location: "/feed/moved"])
        }
        // 301 to a URL that then redirects temporarily: the source moved to the first target.
        router.get("/chain") { _, _ in Response(status: .movedPermanently, headers: [.location: "/chain-temporary"]) }
        router.get("/chain-temporary") { _, _ in Response(status: .found, headers: [.location: "/feed/final"]) }
        router.get("/loop") { _, _ in Response(status: .found, headers: [.location: "/loop"]) }
        router.get("/to-ftp") { _, _ in Response(status: .movedPermanently, headers: [.location: "ftp://127.0.0.1/feed"]) }
        // About 1 GB of zeros, gzipped, streamed.
        router.get("/bomb") { _, _ in
            Response(status: .ok, headers: [.contentEncoding: "gzip", .contentType: "application/rss+xml"], body: ResponseBody { writer in
                for chunk in GzipZeroBomb() { try await writer.write(ByteBuffer(bytes: chunk)) }
                try await writer.finish(nil)
            })
        }
        // Answers after 3 seconds.
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(3))
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "late")))
        }
        // Holds each request at the log's gate until the test releases it, counting how
        // many are in flight per host and overall.
        router.get("/held/:n") { request, _ in
            try await log.hold(host: request.head.authority ?? "")
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "held")))
        }
        // Echoes the User-Agent received.
        router.get("/ua") { request, _ in
            Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: request.headers[.userAgent] ?? "")))
        }
    }

    private static func headers(of request: Request) -> [String: String] {
        Dictionary(request.headers.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// An IMF-fixdate, as in `Retry-After: Sun, 06 Nov 1994 08:49:37 GMT`.
    static func httpDate(_ date: Date) -> String {
        httpDateFormatter().string(from: date)
    }

    /// Writes and reads IMF-fixdates.
    static func httpDateFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}

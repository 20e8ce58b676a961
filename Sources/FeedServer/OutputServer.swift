import Hummingbird
import Logging

/// Serves the publisher's output folder over HTTP: the feeds with their proper media
/// types, `index.html` at `/`, and Hummingbird's ETag / `If-None-Match` / 304 handling.
public enum OutputServer {
    /// The media types of the published files.
    static let mediaTypes: [String: MediaType] = [
        "atom": MediaType(from: "application/atom+xml; charset=utf-8")!,
        "rss": MediaType(from: "application/rss+xml; charset=utf-8")!,
        "json": MediaType(from: "application/feed+json; charset=utf-8")!,
        "opml": MediaType(from: "text/x-opml; charset=utf-8")!,
        "html": MediaType(from: "text/html; charset=utf-8")!,
    ]

    /// An application serving `directory` on `host:port` (port 0 picks a free one).
    public static func application(
        directory: String, host: String, port: Int, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "feedbridge.server")
        logger.logLevel = .warning
        let router = Router()
        router.add(
            middleware: FileMiddleware(directory, searchForIndexHtml: true, logger: logger)
                .withAdditionalMediaTypes(forFileExtensions: mediaTypes)
        )
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "FeedBridge"),
            onServerRunning: { await onServerRunning($0.localAddress?.port ?? port) },
            logger: logger
        )
    }
}

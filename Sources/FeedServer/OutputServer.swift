import FeedModel
import Hummingbird
import Logging

/// Serves the publisher's output folder over HTTP: the feeds with their proper media
/// types, `index.html` at `/`, Hummingbird's ETag / `If-None-Match` / 304 handling, and
/// CORS when `server.cors` allows other web pages to read them.
public enum OutputServer {
    /// The media types of the published files.
    static let mediaTypes: [String: MediaType] = [
        "atom": MediaType(type: .application, subType: "atom+xml", parameter: ("charset", "utf-8")),
        "rss": MediaType(type: .application, subType: "rss+xml", parameter: ("charset", "utf-8")),
        "json": MediaType(type: .application, subType: "feed+json", parameter: ("charset", "utf-8")),
        "opml": MediaType(type: .text, subType: "x-opml", parameter: ("charset", "utf-8")),
        "html": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
    ]

    /// An application serving `directory` on `listen` (port 0 picks a free one).
    /// - Parameters:
    ///   - cors: the origins whose pages may read the files; nil sends no CORS headers.
    ///   - onServerRunning: called with the port the server listens on.
    public static func application(
        directory: String, listen: ListenAddress, cors: AllowedOrigins? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "feedbridge.server")
        logger.logLevel = .warning
        let router = Router()
        if let cors { router.add(middleware: CrossOriginMiddleware(allowed: cors)) }
        router.add(
            middleware: FileMiddleware(directory, searchForIndexHtml: true, logger: logger)
                .withAdditionalMediaTypes(forFileExtensions: mediaTypes)
        )
        return Application(
            router: router,
            configuration: .init(address: .hostname(listen.host, port: listen.port), serverName: FeedBridgeVersion.product),
            onServerRunning: { await onServerRunning($0.localAddress?.port ?? listen.port) },
            logger: logger
        )
    }
}

import FeedModel
import Hummingbird
import Logging

/// The FeedBridge HTTP server: the published files of `settings.directory` (strong
/// ETags, 304, gzip siblings, `Cache-Control`, CORS) and the service's own endpoints.
///
/// Kept out of `@main` so tests build the same application:
/// ```swift
/// let app = buildApplication(ServerSettings(directory: "output", listen: .default))
/// try await app.test(.router) { client in … }
/// ```
/// - Parameters:
///   - endpoints: what the running service reports on `/readyz`, `/status(.json)` and
///     `/metrics`; nil for a plain file server.
///   - onServerRunning: called with the port the server listens on.
public func buildApplication(
    _ settings: ServerSettings, endpoints: ServiceEndpoints? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "feedbridge.server")
    logger.logLevel = .warning
    let router = Router(context: ServerRequestContext.self)
    if let cors = settings.cors { router.add(middleware: CrossOriginMiddleware(allowed: cors)) }
    router.add(middleware: NotFoundMiddleware())
    HealthRoutes.add(to: router, settings: settings, endpoints: endpoints)
    if let endpoints { StatusRoutes.add(to: router, settings: settings, endpoints: endpoints) }
    let files = FileResponder(files: PublishedFiles(root: settings.directory, maxAge: settings.cacheMaxAge))
    for path in ["/", "**"] {
        router.get(RouterPath(path)) { request, _ in files.respond(to: request) }
        router.head(RouterPath(path)) { request, _ in files.respond(to: request) }
    }
    return Application(
        router: router,
        configuration: .init(
            address: .hostname(settings.listen.host, port: settings.listen.port), serverName: FeedBridgeVersion.product
        ),
        onServerRunning: { await onServerRunning($0.localAddress?.port ?? settings.listen.port) },
        logger: logger
    )
}

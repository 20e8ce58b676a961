import FeedExecutors
import Hummingbird
import HummingbirdCore
import Logging

/// A real HTTP server on a loopback address and a free port, for tests: `body` runs with
/// its base URL (`http://host:port`) while `router` answers, then the server shuts down.
/// Handlers run on ``Executors/loopback``'s threads, whatever else the suite runs.
public enum LoopbackServer {
    public static func with<Builder: HTTPResponderBuilder, T: Sendable>(
        _ router: Builder, host: String = "127.0.0.1", server: HTTPServerBuilder = .http1(), scheme: String = "http",
        _ body: @Sendable (String) async throws -> T
    ) async throws -> T where Builder.Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
        var logger = Logger(label: "FeedBridgeTestSupport.LoopbackServer")
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(host, port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask(executorPreference: Executors.loopback) { try await app.runService(gracefulShutdownSignals: []) }
            var port = 0
            for await bound in ports { port = bound }
            defer { group.cancelAll() }
            return try await body("\(scheme)://\(host):\(port)")
        }
    }
}

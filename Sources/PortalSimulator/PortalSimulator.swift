import FeedExecutors
import Foundation
import Hummingbird
import Logging
import Synchronization

/// A simulated city of government portals on loopback: the city portal and one portal
/// per ward or commune, serving RSS, Atom, JSON Feed and Liferay-style HTML listings of
/// realistic Vietnamese news, with republished stories, faults and simulated time.
///
/// ```swift
/// let simulator = try PortalSimulator(configuration: SimulatorConfiguration(seed: 1))
/// let base = try await simulator.start()          // http://127.0.0.1:PORT
/// let yaml = simulator.feedsYAML()                // a ready feeds.yaml
/// try simulator.advance(by: .seconds(3 * 3600))    // new items appear
/// let truth = try simulator.groundTruth()         // which items are the same story
/// await simulator.stop()
/// ```
public final class PortalSimulator: Sendable {
    public let configuration: SimulatorConfiguration
    private let core: SimulatorCore
    private let recorder = StatisticsRecorder()
    private let server = ServerHandle()

    /// Builds the portals and the news up to the start time; serves nothing until `start`.
    public init(configuration: SimulatorConfiguration = SimulatorConfiguration()) throws {
        self.configuration = configuration
        core = try SimulatorCore(configuration: configuration)
    }

    /// The portals, the city's first.
    public var portals: [SimulatedPortal] { core.portals }

    /// The portal with this id.
    public func portal(_ id: String) -> SimulatedPortal? {
        core.indexByID[id].map { core.portals[$0] }
    }

    /// Starts the HTTP server and returns its base URL (`http://127.0.0.1:PORT`).
    /// - Parameters:
    ///   - host: the address to listen on; keep it on loopback.
    ///   - port: the port, or 0 for any free port.
    @discardableResult
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> URL {
        var logger = Logger(label: "PortalSimulator")
        logger.logLevel = .critical  // stopping cancels open connections, which NIO logs as errors
        let (events, continuation) = AsyncStream<Result<Int, any Error>>.makeStream()
        let app = Application(
            responder: SimulatorResponder(core: core, recorder: recorder),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), backlog: 1024,
                availableConnectionsDelegate: ConnectionCounter(recorder: recorder)),
            onServerRunning: { channel in continuation.yield(.success(channel.localAddress?.port ?? port)) },
            logger: logger)
        // The server's handlers run on the loopback threads (connections are child tasks,
        // which keep the preference): a busy cooperative pool never delays a response.
        let task = Task(executorPreference: Executors.loopback) {
            do {
                try await app.run()
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        var iterator = events.makeAsyncIterator()
        switch await iterator.next() {
        case .success(let boundPort):
            let base = "http://\(host):\(boundPort)"
            let core = core
            try await offPool { try await core.setBase(base) }
            server.set(task)
            guard let url = URL(string: base) else { throw SimulatorError.serverFailed("bad base URL \(base)") }
            return url
        case .failure(let error):
            throw SimulatorError.serverFailed(String(describing: error))
        case nil:
            throw SimulatorError.serverFailed("the server stopped before listening")
        }
    }

    /// Starts the server (see ``start(host:port:)``), runs `body` with its base URL, and
    /// stops the server when `body` returns or throws.
    ///
    /// ```swift
    /// let feed = try await simulator.serving { base in try await fetchCityFeed(base) }
    /// ```
    public func serving<T>(host: String = "127.0.0.1", port: Int = 0, _ body: (URL) async throws -> T) async throws -> T {
        let base = try await start(host: host, port: port)
        do {
            let result = try await body(base)
            await stop()
            return result
        } catch {
            await stop()
            throw error
        }
    }

    /// Stops the server; requests in progress (also hanging ones) are cancelled.
    public func stop() async {
        guard let task = server.take() else { return }
        task.cancel()
        _ = await task.result
    }

    /// The base URL while running (`http://127.0.0.1:PORT`), nil before `start`.
    public var baseURL: URL? {
        server.isRunning ? URL(string: core.baseURL) : nil
    }

    /// The simulated time now.
    public var now: Date { core.now }

    /// Moves simulated time forward; portals with new items re-render their pages.
    public func advance(by duration: Duration) async throws {
        let core = core
        try await offPool { try await core.advance(by: duration) }
    }

    /// Which items are the same story, for every item that has appeared so far.
    public func groundTruth() async throws -> GroundTruth {
        let core = core
        return try await offPool { try await GroundTruth(core) }
    }

    /// A ready `feeds.yaml` for the portals (DESIGN.md format), with the running base URL.
    public func feedsYAML() -> String {
        FeedsYAMLWriter(portals: core.portals, base: core.baseURL, configuration: configuration).yaml()
    }

    /// Every portal's source URL (feed or listing page), the city's first.
    public func sourceURLs() -> [URL] {
        core.portals.compactMap { URL(string: $0.url(base: core.baseURL)) }
    }

    /// What the server has served since the start or the last `resetStatistics()`.
    public var statistics: RequestStatistics { recorder.current }

    public func resetStatistics() {
        recorder.reset()
    }
}

/// Runs CPU-heavy work (rendering a city, building the truth) on the rendering threads:
/// never on the Swift concurrency pool, nor on the threads the servers answer on.
func offPool<T: Sendable>(_ work: () async throws -> T) async throws -> T {
    try await withTaskExecutorPreference(Executors.rendering) { try await work() }
}

/// The running server's task.
private final class ServerHandle: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    var isRunning: Bool { task.withLock { $0 != nil } }

    func set(_ newTask: Task<Void, Never>) {
        task.withLock { $0 = newTask }
    }

    func take() -> Task<Void, Never>? {
        task.withLock { task in
            defer { task = nil }
            return task
        }
    }
}

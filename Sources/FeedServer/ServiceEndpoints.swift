/// What the running service tells the server's own endpoints. Without it (a plain file
/// server) `/readyz` answers ready once the output folder exists, and `/status` and
/// `/metrics` are not served.
public struct ServiceEndpoints: Sendable {
    /// Why the service is not ready (`/readyz` answers 503 with these lines); empty when ready.
    public var readiness: @Sendable () async -> [String]
    /// The report behind `/status` and `/status.json`.
    public var status: @Sendable () async throws -> ServiceStatus
    /// The Prometheus text exposition behind `/metrics`.
    public var metrics: @Sendable () async -> String

    /// Endpoints answering from these closures.
    public init(
        readiness: @escaping @Sendable () async -> [String],
        status: @escaping @Sendable () async throws -> ServiceStatus,
        metrics: @escaping @Sendable () async -> String
    ) {
        self.readiness = readiness
        self.status = status
        self.metrics = metrics
    }
}

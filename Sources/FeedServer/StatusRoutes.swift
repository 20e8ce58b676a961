import Foundation
import Hummingbird

/// `/status` (Vietnamese HTML), `/status.json` and `/metrics` (Prometheus text, only for
/// the client addresses of `server.metrics_allow`).
enum StatusRoutes {
    static func add(to router: Router<ServerRequestContext>, settings: ServerSettings, endpoints: ServiceEndpoints) {
        router.get("/status") { _, _ in
            let status = try await report(endpoints)
            return answer(.ok, "text/html; charset=utf-8", StatusPage.html(status))
        }
        router.get("/status.json") { _, _ in
            let status = try await report(endpoints)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            return answer(.ok, "application/json; charset=utf-8", String(decoding: try encoder.encode(status), as: UTF8.self) + "\n")
        }
        router.get("/metrics") { _, context in
            guard let client = context.remoteAddress?.ipAddress,
                  settings.metricsAllow.contains(where: { $0.contains(client) }) else {
                return answer(.forbidden, "text/plain; charset=utf-8", "metrics: this address may not read /metrics (server.metrics_allow)\n")
            }
            return answer(.ok, "text/plain; version=0.0.4; charset=utf-8", await endpoints.metrics())
        }
    }

    private static func report(_ endpoints: ServiceEndpoints) async throws -> ServiceStatus {
        do {
            return try await endpoints.status()
        } catch {
            throw HTTPError(.internalServerError, message: "status: \(error)")
        }
    }

    private static func answer(_ status: HTTPResponse.Status, _ type: String, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

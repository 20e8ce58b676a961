import Foundation
import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (a first cycle finished, the store
/// is writable, the output exists), for a load balancer or systemd.
enum HealthRoutes {
    static func add(to router: Router<ServerRequestContext>, settings: ServerSettings, endpoints: ServiceEndpoints?) {
        router.get("/healthz") { _, _ in plain(.ok, "ok\n") }
        router.head("/healthz") { _, _ in plain(.ok, "") }
        let readyz: @Sendable (Request, ServerRequestContext) async -> Response = { request, _ in
            var problems = await endpoints?.readiness() ?? []
            if endpoints == nil, !FileManager.default.fileExists(atPath: settings.directory) {
                problems.append("output: the folder \(settings.directory) does not exist")
            }
            let response = problems.isEmpty
                ? plain(.ok, "ready\n") : plain(.serviceUnavailable, problems.map { $0 + "\n" }.joined())
            return request.method == .head ? response.createHeadResponse() : response
        }
        router.get("/readyz", use: readyz)
        router.head("/readyz", use: readyz)
    }

    /// A short `text/plain` answer that caches never keep.
    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

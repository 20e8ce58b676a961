import FeedModel
import Foundation
import Hummingbird
import WebText

/// The simulator's own endpoints beside the portals: `/` (an index of the portals),
/// `/_truth.json`, `/_stats.json`, `/_feeds.yaml`, `/_urls.txt` and `POST /_advance?minutes=N`.
struct ControlRoutes {
    let core: SimulatorCore
    let recorder: StatisticsRecorder

    func respond(path: String, request: Request) async throws -> Response {
        switch (request.method, path) {
        case (.get, "/"), (.head, "/"):
            return SimulatorResponder.html(index(), status: .ok)
        case (.get, "/_truth.json"), (.head, "/_truth.json"):
            let core = core
            return Self.text(try await offPool { try await GroundTruth(core).json() }, RenderedResource.json)
        case (.get, "/_stats.json"), (.head, "/_stats.json"):
            return Self.text(statisticsJSON(), RenderedResource.json)
        case (.get, "/_feeds.yaml"), (.head, "/_feeds.yaml"):
            return Self.text(writer.yaml(), "application/yaml; charset=utf-8")
        case (.get, "/_urls.txt"), (.head, "/_urls.txt"):
            return Self.text(writer.urls(), RenderedResource.text)
        case (.post, "/_advance"):
            let minutes = request.uri.queryParameters["minutes"].flatMap { Int($0) } ?? 60
            guard minutes >= 0 else { return Self.text("minutes must be positive\n", RenderedResource.text, status: .badRequest) }
            let core = core
            try await offPool { try await core.advance(by: .seconds(minutes * 60)) }
            return Self.text("{\"time\": \"\(core.now.rfc3339)\"}\n", RenderedResource.json)
        case (_, "/_advance"):
            return Self.text("use POST /_advance?minutes=N\n", RenderedResource.text, status: .methodNotAllowed)
        default:
            return SimulatorResponder.notFound()
        }
    }

    private var writer: FeedsYAMLWriter {
        FeedsYAMLWriter(portals: core.portals, base: core.baseURL, configuration: core.configuration)
    }

    private func index() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Simulated portals of Hà Nội</title></head>
        <body><h1>\(core.portals.count) simulated portals</h1>
        <p>Simulated time: \(core.now.rfc3339). <a href="/_feeds.yaml">feeds.yaml</a> · <a href="/_urls.txt">URLs</a> · <a href="/_truth.json">ground truth</a> · <a href="/_stats.json">statistics</a></p>
        <table><tr><th>id</th><th>name</th><th>level</th><th>format</th><th>behaviour</th></tr>

        """
        for portal in core.portals {
            let behaviour = portal.behaviour.fault.map(String.init(describing:)) ?? (portal.behaviour.delay == nil ? "" : "slow")
            out += "<tr><td><a href=\"\(portal.path)\">\(portal.id)</a></td><td>\(Markup.liferay(portal.name))</td><td>\(portal.level.rawValue)</td><td>\(portal.format.rawValue)</td><td>\(behaviour)</td></tr>\n"
        }
        return out + "</table></body></html>\n"
    }

    private func statisticsJSON() -> String {
        let statistics = recorder.current
        let writer = JSONWriter(pretty: true)
        writer.object {
            writer.field("time", core.now.rfc3339)
            writer.field("requests", statistics.requests)
            writer.field("not_modified", statistics.notModified)
            writer.field("max_concurrent_requests", statistics.maxConcurrentRequests)
            writer.field("connections", statistics.connections)
            writer.field("max_concurrent_connections", statistics.maxConcurrentConnections)
            writer.key("portals")
            writer.object {
                for (id, counters) in statistics.portals.sorted(by: { $0.key < $1.key }) {
                    writer.key(id)
                    writer.object {
                        writer.field("requests", counters.requests)
                        writer.field("conditional_requests", counters.conditionalRequests)
                        writer.field("not_modified", counters.notModified)
                        writer.field("gzip_responses", counters.gzipResponses)
                    }
                }
            }
        }
        return writer.output + "\n"
    }

    static func text(_ text: String, _ type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

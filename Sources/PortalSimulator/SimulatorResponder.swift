import Hummingbird

/// Answers every request of the simulated city: one dictionary lookup for pre-rendered
/// pages, the portal's behaviour (delay, fault, validators, gzip) on its source URL.
struct SimulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let core: SimulatorCore
    let recorder: StatisticsRecorder

    /// What a request turned out to be, for the statistics.
    struct Outcome {
        var portal: String?
        var isSource = false
        var gzip = false
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        recorder.began()
        var outcome = Outcome()
        let response: Response
        do {
            response = try await route(request, &outcome)
        } catch {
            recorder.ended(record(request, outcome, status: 503), source: outcome.isSource, gzip: false)
            throw error
        }
        recorder.ended(record(request, outcome, status: response.status.code), source: outcome.isSource, gzip: outcome.gzip)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func route(_ request: Request, _ outcome: inout Outcome) async throws -> Response {
        let path = request.uri.path
        if path == "/" || path.hasPrefix("/_") {
            return try await ControlRoutes(core: core, recorder: recorder).respond(path: path, request: request)
        }
        let id = path.dropFirst().prefix { $0 != "/" }
        guard let index = core.indexByID[String(id)] else { return Self.notFound() }
        let portal = core.portals[index]
        outcome.portal = portal.id
        if path == portal.path || (path == portal.movedPath && portal.behaviour.fault == .movedPermanently) {
            outcome.isSource = true
            return try await source(portal, path: path, request, &outcome)
        }
        if path == "/\(portal.id)/dang-nhap", portal.behaviour.fault == .redirectLoop {
            return Self.redirect(.found, to: core.baseURL + portal.path)
        }
        if path.contains("/documents/"), path.hasSuffix(".png") {
            return Response(status: .ok, headers: [.contentType: "image/png"], body: .init(byteBuffer: ByteBuffer(bytes: Markup.thumbnail)))
        }
        let key = path == "/\(portal.id)" ? portal.homePath : path
        guard let resource = try await core.resource(key) else { return Self.notFound() }
        return serve(resource, request, behaviour: .normal, &outcome)
    }

    /// The source URL: the portal's delay, then its fault, then the pre-rendered page.
    private func source(_ portal: SimulatedPortal, path: String, _ request: Request, _ outcome: inout Outcome) async throws -> Response {
        if let delay = portal.behaviour.delay { try await Task.sleep(for: delay) }
        if path == portal.path, let fault = portal.behaviour.fault,
           let response = try await failure(fault, portal, query: request.uri.query) {
            return response
        }
        guard let resource = try await core.resource(path + pageQuery(request.uri.query, portal.format)) else { return Self.notFound() }
        return serve(resource, request, behaviour: portal.behaviour, &outcome)
    }

    /// The response of a fault, or nil when the fault is in the body (malformed feeds).
    private func failure(_ fault: PortalFault, _ portal: SimulatedPortal, query: String?) async throws -> Response? {
        switch fault {
        case .hang:
            try await Task.sleep(for: .seconds(3600))
            return Response(status: .gatewayTimeout)
        case .serverError:
            return Self.html(ErrorPages.tomcat(status: 500, reason: "An unexpected system error occurred."), status: .internalServerError)
        case .tooManyRequests(let seconds):
            var response = Self.html(ErrorPages.tomcat(status: 429, reason: "Too Many Requests"), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        case .movedPermanently:
            return Self.redirect(.movedPermanently, to: core.baseURL + portal.movedPath + (query.map { "?" + $0 } ?? ""))
        case .gone:
            return Self.html(ErrorPages.tomcat(status: 410, reason: "Gone"), status: .gone)
        case .redirectLoop:
            return Self.redirect(.found, to: "\(core.baseURL)/\(portal.id)/dang-nhap?redirect=\(portal.path)")
        case .htmlErrorPage:
            return Self.html(ErrorPages.liferayError(portal), status: .ok)
        case .malformed:
            return nil
        }
    }

    /// The resource key suffix of a listing page: `?cur=N` (Liferay) or `?page=N` (lists), page 1 none.
    private func pageQuery(_ query: String?, _ format: PortalFormat) -> String {
        let name = format == .liferayHTML ? "cur" : format == .listHTML ? "page" : nil
        guard let name, let query else { return "" }
        for pair in query.split(separator: "&") where pair.hasPrefix(name + "=") {
            if let page = Int(pair.dropFirst(name.count + 1)), page > 1 { return "?\(name)=\(page)" }
        }
        return ""
    }

    private func record(_ request: Request, _ outcome: Outcome, status: Int) -> RequestStatistics.Record {
        RequestStatistics.Record(
            path: request.uri.path, portal: outcome.portal, status: status,
            ifNoneMatch: request.headers[.ifNoneMatch], ifModifiedSince: request.headers[.ifModifiedSince],
            acceptEncoding: request.headers[.acceptEncoding], userAgent: request.headers[.userAgent])
    }
}

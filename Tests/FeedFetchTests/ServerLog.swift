import Synchronization

/// What the test server saw: request headers and how many requests were in flight at once.
final class ServerLog: Sendable {
    private struct State {
        var headers: [String: [String: String]] = [:]
        var inFlight = 0
        var inFlightPerHost: [String: Int] = [:]
        var maxInFlight = 0
        var maxInFlightPerHost: [String: Int] = [:]
    }

    private let state = Mutex(State())

    /// Keeps the request headers of `path`, for tests that check what the client sent.
    func record(path: String, headers: [String: String]) {
        state.withLock { $0.headers[path] = headers }
    }

    /// The headers received for `path` (names lowercased), empty if it was never asked.
    func headers(of path: String) -> [String: String] {
        state.withLock { $0.headers[path] ?? [:] }
    }

    /// Counts a request entering the handler for `host`.
    func enter(host: String) {
        state.withLock { state in
            state.inFlight += 1
            state.inFlightPerHost[host, default: 0] += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            state.maxInFlightPerHost[host] = max(state.maxInFlightPerHost[host, default: 0], state.inFlightPerHost[host, default: 0])
        }
    }

    /// Counts a request leaving the handler for `host`.
    func leave(host: String) {
        state.withLock { state in
            state.inFlight -= 1
            state.inFlightPerHost[host, default: 0] -= 1
        }
    }

    /// The most requests in flight at once, over all hosts.
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    /// The most requests in flight at once per host (`Host` header value).
    var maxInFlightPerHost: [String: Int] { state.withLock { $0.maxInFlightPerHost } }
}

import Synchronization

/// What the test server saw: request headers and how many requests were in flight at once;
/// and a gate holding requests (`/held/…`) until the test releases them.
final class ServerLog: Sendable {
    private struct State {
        var headers: [String: [String: String]] = [:]
        var inFlight = 0
        var inFlightPerHost: [String: Int] = [:]
        var maxInFlight = 0
        var maxInFlightPerHost: [String: Int] = [:]
        /// Requests waiting at the gate.
        var held = 0
        /// Raised by each `releaseHeld()`: a request waits until it moves.
        var releases = 0
        /// Once a test has failed, the gate stays open, so that nothing waits for a release
        /// that will never come and the failure is reported instead of hanging the suite.
        var open = false

        mutating func enter(host: String) {
            inFlight += 1
            inFlightPerHost[host, default: 0] += 1
            maxInFlight = max(maxInFlight, inFlight)
            maxInFlightPerHost[host] = max(maxInFlightPerHost[host, default: 0], inFlightPerHost[host, default: 0])
        }

        mutating func leave(host: String) {
            inFlight -= 1
            inFlightPerHost[host, default: 0] -= 1
        }
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

    /// Holds a request for `host` at the gate until the test calls ``releaseHeld()``
    /// (at most `longest`), counting it in flight meanwhile. Throws when the server cancels
    /// the request.
    func hold(host: String, longest: Duration = .seconds(300)) async throws {
        let ticket = state.withLock { state in
            state.enter(host: host)
            if !state.open { state.held += 1 }
            return state.open ? nil : state.releases
        }
        defer { state.withLock { $0.leave(host: host) } }
        guard let ticket else { return }
        let deadline = ContinuousClock.now + longest
        while state.withLock({ $0.releases == ticket }) {
            guard ContinuousClock.now < deadline else {
                state.withLock { state in if state.releases == ticket { state.held -= 1 } }
                return
            }
            do {
                try await Task.sleep(for: .milliseconds(2))
            } catch {
                state.withLock { state in if state.releases == ticket { state.held -= 1 } }
                throw error
            }
        }
    }

    /// Waits until `count` requests are held at the gate; false if that takes `timeout`.
    func waitUntilHeld(_ count: Int, timeout: Duration = .seconds(120)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while held < count {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// Lets every held request go on; returns how many there were.
    @discardableResult
    func releaseHeld() -> Int {
        state.withLock { state in
            defer { state.held = 0 }
            state.releases += 1
            return state.held
        }
    }

    /// Releases every held request and lets the ones to come through without waiting.
    func openGate() {
        state.withLock { state in
            state.open = true
            state.releases += 1
            state.held = 0
        }
    }

    /// The requests waiting at the gate now.
    var held: Int { state.withLock { $0.held } }

    /// The most requests in flight at once, over all hosts.
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    /// The most requests in flight at once per host (`Host` header value).
    var maxInFlightPerHost: [String: Int] { state.withLock { $0.maxInFlightPerHost } }
}

import FeedFetch
import Foundation
import Synchronization
import WebText

/// Tells WebSub hubs that feeds changed (`websub.hubs`).
///
/// After a publish that rewrote any feed, each hub gets one POST, `hub.mode=publish` with
/// a `hub.url` per changed feed (the publish ping of PubSubHubbub 0.3/0.4, which WebSub
/// leaves to the hub and the public hubs accept), in the background: a slow or failing
/// hub never delays publishing. A ping that fails (transport error or an answer other than
/// 2xx) is sent again after each of `retryDelays`, then given up; the next publish pings again.
///
/// ```swift
/// let hubs = HubNotifier(hubs: ["https://pubsubhubbub.appspot.com/"], fetcher: fetcher)
/// hubs.notify(["https://tin.hanoi.gov.vn/feed.atom"])
/// ```
public final class HubNotifier: Sendable {
    /// The hubs' URLs.
    public let hubs: [String]
    private let fetcher: Fetcher
    private let retryDelays: [Duration]
    private let inFlight = Mutex<[UUID: Task<Void, Never>]>([:])
    private let tally = Mutex<Deliveries>(Deliveries())

    /// Pings delivered (a 2xx answer) and given up (every retry failed), since the start.
    public struct Deliveries: Sendable, Equatable {
        public var delivered = 0
        public var failed = 0
        /// Attempts that failed and were retried.
        public var retried = 0

        public init(delivered: Int = 0, failed: Int = 0, retried: Int = 0) {
            self.delivered = delivered
            self.failed = failed
            self.retried = retried
        }
    }

    /// A notifier for `hubs`, sending through `fetcher` (its timeouts and User-Agent).
    public init(hubs: [String], fetcher: Fetcher, retryDelays: [Duration] = [.seconds(5), .seconds(30), .seconds(120), .seconds(600)]) {
        self.hubs = hubs
        self.fetcher = fetcher
        self.retryDelays = retryDelays
    }

    /// What was delivered so far.
    public var deliveries: Deliveries { tally.withLock { $0 } }

    /// Pings every hub about `feedURLs` (absolute), in the background; nothing when empty.
    public func notify(_ feedURLs: [String]) {
        guard !feedURLs.isEmpty else { return }
        let form = "hub.mode=publish" + feedURLs.map { "&hub.url=" + PercentEncoding.escapingAllButUnreserved($0) }.joined()
        for hub in hubs {
            let id = UUID()
            let task = Task {
                await self.deliver(form, to: hub)
                _ = self.inFlight.withLock { $0.removeValue(forKey: id) }
            }
            inFlight.withLock { $0[id] = task }
        }
    }

    /// Waits for the pings in flight for at most `limit`, then cancels what is left (their
    /// retries): `run --once` exits after its pings went out, never hanging on a hub.
    public func finish(within limit: Duration) async {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline, !inFlight.withLock({ $0.isEmpty }) {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for task in inFlight.withLock({ Array($0.values) }) { task.cancel() }
    }

    private func deliver(_ form: String, to hub: String) async {
        for attempt in 0...retryDelays.count {
            if attempt > 0 {
                tally.withLock { $0.retried += 1 }
                do { try await Task.sleep(for: retryDelays[attempt - 1]) } catch { break }
            }
            var request = FetchRequest(url: hub)
            request.form = form
            let result = await fetcher.fetch(request)
            if (200..<300).contains(result.status) {
                tally.withLock { $0.delivered += 1 }
                return
            }
            if Task.isCancelled { break }
        }
        tally.withLock { $0.failed += 1 }
    }
}

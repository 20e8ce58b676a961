import FeedConfig
import FeedFetch
import FeedStore
import Foundation

/// How a fetch's result moves a source's fetch state: validators, errors, and when
/// to ask again (the interval after a success, exponential back-off with jitter up to
/// 24 hours after failures, the server's `Retry-After` when it gives one).
public struct FetchBackoff: Sendable {
    /// The longest wait after repeated failures.
    public static let maximumDelay: TimeInterval = 24 * 3600

    /// Returns a factor spreading retries of many failed sources apart.
    let jitter: @Sendable () -> Double

    /// - Parameter jitter: a factor applied to each back-off delay; by default a random
    ///   number in 0.8...1.2.
    public init(jitter: @escaping @Sendable () -> Double = { Double.random(in: 0.8...1.2) }) {
        self.jitter = jitter
    }

    /// The state after a successful fetch and parse (200 or 304).
    func succeeded(
        _ state: FetchState, result: FetchResult, source: Source, itemCount: Int?, now: Date
    ) -> FetchState {
        var next = state
        next.lastAttempt = now
        next.lastSuccess = now
        next.lastStatus = result.status
        next.lastError = nil
        next.consecutiveFailures = 0
        next.nextFetch = now.addingTimeInterval(source.interval.seconds)
        next.movedTo = result.movedPermanentlyTo
        if result.outcome == .ok {
            next.etag = result.headers.etag
            next.lastModified = result.headers.lastModified
        }
        if let itemCount { next.lastItemCount = itemCount }
        return next
    }

    /// The state after a failure. The validators are kept only when the body was not
    /// the problem, so a document that failed to parse is fetched whole next time.
    func failed(
        _ state: FetchState, status: Int, message: String, retryAfter: TimeInterval? = nil, keepValidators: Bool,
        source: Source, now: Date
    ) -> FetchState {
        var next = state
        next.lastAttempt = now
        next.lastStatus = status
        next.lastError = message
        next.consecutiveFailures += 1
        if !keepValidators {
            next.etag = nil
            next.lastModified = nil
        }
        next.nextFetch = now.addingTimeInterval(retryAfter ?? delay(afterFailures: next.consecutiveFailures, source: source))
        return next
    }

    /// The state after a 410: the source is not fetched again until its URL changes.
    func gone(_ state: FetchState, source: Source, now: Date) -> FetchState {
        var next = failed(state, status: 410, message: "410 Gone: disabled until its url changes in feeds.yaml",
                          keepValidators: false, source: source, now: now)
        next.gone = true
        return next
    }

    /// The wait after `failures` failures in a row: the interval doubled per failure,
    /// times the jitter, at most a day.
    public func delay(afterFailures failures: Int, source: Source) -> TimeInterval {
        let doubled = source.interval.seconds * pow(2, Double(max(0, min(failures - 1, 20))))
        return min(Self.maximumDelay, doubled * jitter())
    }

    /// Whether a source is fetched now. A healthy source is due once its interval has
    /// passed, or at every `run --once` (`ignoringInterval`); a failing one only once its
    /// back-off or `Retry-After` is over; a gone one never.
    static func isDue(_ state: FetchState?, now: Date, ignoringInterval: Bool) -> Bool {
        guard let state else { return true }
        if state.gone { return false }
        guard let next = state.nextFetch, next > now else { return true }
        return ignoringInterval && state.consecutiveFailures == 0
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
